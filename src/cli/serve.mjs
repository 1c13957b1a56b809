/**
 * The HTTP server behind `npm start` / `npm run dev`: Next.js with one addition. Next only fills
 * X-Forwarded-For when a request lacks it, so a client could claim any address; unless
 * TRUST_PROXY=true, this server overwrites it with the socket's address, which is what the
 * rate limits key on. Plain JavaScript so Next runs with Node's ordinary module conditions.
 */
import { createServer } from "node:http";
import next from "next";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT || 3000);
const trustProxy = process.env.TRUST_PROXY === "true" || process.env.TRUST_PROXY === "1";

const app = next({ dev, dir: process.cwd(), port, hostname: "localhost" });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  if (!trustProxy) req.headers["x-forwarded-for"] = req.socket.remoteAddress ?? "unknown";
  void handle(req, res);
});
server.listen(port, () => console.log(`[tandem] Web server listening on port ${port}${dev ? " (development)" : ""}.`));

const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
  setTimeout(() => process.exit(0), 5_000).unref();
};
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
// If the process that started this one dies without stopping it (killed hard), stop rather than
// serve on as an orphan.
const parent = process.ppid;
setInterval(() => process.ppid !== parent && stop(), 1_000).unref();
