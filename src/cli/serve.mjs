/**
 * The HTTP server behind `npm start` / `npm run dev`: Next.js with two additions. Next only fills
 * X-Forwarded-For when a request lacks it, so a client could claim any address; unless
 * TRUST_PROXY=true, this server overwrites it with the socket's address, which is what the
 * rate limits key on. And a path with malformed percent-encoding (`/partnerships/%ZZ`) gets a
 * 400 here: Next.js would answer it with a bare 500. Local mode listens on 127.0.0.1 unless HOST
 * says otherwise. Plain JavaScript so Next runs with Node's ordinary module conditions.
 */
import { createServer } from "node:http";
import next from "next";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT || 3000);
const trustProxy = process.env.TRUST_PROXY === "true" || process.env.TRUST_PROXY === "1";
// Local mode (demo data, dev mailbox) stays on this machine unless HOST says otherwise.
const host = process.env.HOST || (process.env.APP_ENV === "production" ? undefined : "127.0.0.1");

/** True when the path part of a request target cannot be percent-decoded. */
function hasMalformedPath(target = "/") {
  try {
    decodeURIComponent(target.split("?", 1)[0]);
    return false;
  } catch {
    return true;
  }
}

const app = next({ dev, dir: process.cwd(), port, hostname: "localhost" });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  if (hasMalformedPath(req.url)) {
    res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
    res.end("This address is not valid: part of it could not be read.");
    return;
  }
  if (!trustProxy) req.headers["x-forwarded-for"] = req.socket.remoteAddress ?? "unknown";
  void handle(req, res);
});
server.listen(port, host, () => console.log(`[tandem] Web server listening on ${host ?? "every interface"}, port ${port}${dev ? " (development)" : ""}.`));

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
