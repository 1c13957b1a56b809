/**
 * `npm start` (and `npm run dev` with --dev): everything Tandem needs, from nothing.
 * Database (embedded unless DATABASE_URL) → migrations → demo seed → auth secret → build → serve.
 * Flags: --dev (next dev), --rebuild (build even when a build exists), --no-build (serve the build
 * that is there, e.g. a second instance beside one that built it).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { env } from "../env";
import { createDb } from "../server/db/client";
import { applyMigrations } from "../server/db/migrations";
import { demoMembers, seedDemo } from "../server/seed/demo";
import { resolveAuthSecret } from "./auth-secret";
import { buildIsCurrent } from "./build-state";
import { refuseIncompleteDeployment } from "./command";
import { dataDir, resolveDatabase } from "./database";

const say = (line: string) => console.log(`[tandem] ${line}`);
const nextBin = path.resolve("node_modules/next/dist/bin/next");
const serveScript = path.resolve("src/cli/serve.mjs");

function run(script: string, args: string[], childEnv: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [script, ...args], { stdio: "inherit", env: childEnv });
}

function exited(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function waitUntilHealthy(url: string, child: ChildProcess, timeoutMs = 120_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && child.exitCode === null) {
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (ok) return true;
    await new Promise((r) => setTimeout(r, 300));
  }
  return false;
}

async function main() {
  const dev = process.argv.includes("--dev");
  refuseIncompleteDeployment(dev ? "npm run dev" : "npm start");
  const local = env.APP_ENV !== "production";
  const folder = dataDir();

  say(env.DATABASE_URL ? "Using the database from DATABASE_URL." : `Starting the embedded PostgreSQL in ${path.relative(process.cwd(), folder) || "."}/postgres …`);
  const db = await resolveDatabase(say);
  /** The build or the web server, whichever runs now. */
  let child: ChildProcess | undefined;
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (child && child.exitCode === null) {
      child.kill("SIGTERM");
      await exited(child);
    }
    if (db.embedded) say("Stopping PostgreSQL …");
    await db.stop();
    process.exit(code);
  };
  process.once("SIGINT", () => void shutdown(0));
  process.once("SIGTERM", () => void shutdown(0));

  try {
    const applied = await applyMigrations(db.url);
    say(applied.length ? `Applied ${applied.length} migration(s).` : "Database schema is up to date.");

    if (local) {
      const prisma = createDb(db.url);
      if (await seedDemo(prisma)) say("Seeded demo data into the empty database.");
      await prisma.$disconnect();
    }

    const secret = await resolveAuthSecret(folder);
    if (secret.source === "generated") say(`Generated an auth secret and kept it in ${path.join(path.relative(process.cwd(), folder), "auth-secret")}.`);

    const port = env.PORT;
    const appUrl = env.APP_URL ?? `http://localhost:${port}`;
    const childEnv: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: db.url,
      AUTH_SECRET: secret.secret,
      APP_URL: appUrl,
      // No AUTH_URL unless the operator sets one: Auth.js would then rewrite every sign-in to that
      // origin, so someone who opened http://127.0.0.1:PORT was sent to localhost and lost the
      // session cookie. Without it (and with trustHost), Auth.js answers on the host the member
      // used, or the one a proxy names in X-Forwarded-Host/-Proto. APP_URL stays for emails.
      AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true",
      APP_ENV: env.APP_ENV,
      NEXT_TELEMETRY_DISABLED: "1",
    };

    const distDir = path.resolve(process.env.NEXT_DIST_DIR ?? ".next");
    if (process.argv.includes("--no-build")) {
      // Another instance built (and serves) this folder: building into it now would pull files from under it.
      if (!dev && !existsSync(path.join(distDir, "BUILD_ID"))) throw new Error(`There is no build in ${path.relative(process.cwd(), distDir)} to serve; start without --no-build first.`);
    } else if (!dev && (process.argv.includes("--rebuild") || !buildIsCurrent(distDir))) {
      say("Building the app (after a fresh clone or a code change; takes a minute) …");
      child = run(nextBin, ["build"], childEnv);
      const code = await exited(child);
      if (code !== 0) throw new Error("The build failed; see the output above.");
    }

    const server = run(serveScript, dev ? ["--dev"] : [], { ...childEnv, PORT: String(port), NODE_ENV: dev ? "development" : "production" });
    child = server;
    void exited(server).then((code) => void shutdown(stopping ? 0 : code || 1));
    if (await waitUntilHealthy(`http://127.0.0.1:${port}`, server)) {
      say(`Tandem is running at ${appUrl}`);
      if (local) {
        say(`Demo members (password after the colon):`);
        for (const member of demoMembers) say(`  ${member.email}: ${member.password}`);
        if (!env.SMTP_URL) say(`Emails go to the dev mailbox: ${appUrl}/dev/mailbox`);
      }
      say("Press Ctrl-C to stop.");
    }
  } catch (error) {
    console.error(`[tandem] ${error instanceof Error ? error.message : String(error)}`);
    await shutdown(1);
  }
}

void main();
