import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import pg from "pg";

export type CliRun = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

/** A CLI as its npm script runs it (`node --import tsx`), with `env` over the test process's own. */
export function runCli(script: string, args: string[], env: Record<string, string | undefined>): CliRun {
  let output = "";
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", script, ...args], {
    env: { ...process.env, LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk) => (output += String(chunk)));
  child.stderr!.on("data", (chunk) => (output += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** The exit code, or null when the command still runs after `ms` (it is then killed). */
export async function exitWithin(run: CliRun, ms: number): Promise<number | null> {
  const timer = setTimeout(() => run.child.kill("SIGKILL"), ms);
  const code = await run.exited;
  clearTimeout(timer);
  return code;
}

/** An empty database on the integration test server, dropped by the returned function. */
export async function emptyDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `tandem_cli_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const onServer = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await onServer(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}
