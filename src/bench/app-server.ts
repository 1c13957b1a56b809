/**
 * The production app for page benchmarks: built into its own folder (.next-bench, rebuilt only
 * when a source file changed, as `npm start` decides), then served by src/cli/serve.mjs — the same
 * server `npm start` runs — on a free port against the benchmark's database.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { buildIsCurrent } from "../cli/build-state";

export const benchDistDir = ".next-bench";

function exited(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export type AppServer = { url: string; pid: number; stop: () => Promise<void> };

/**
 * Builds if needed, starts the server and waits for /api/health. `env` adds to the process's own;
 * `serverEnv` applies to the server alone (say NODE_OPTIONS for a heap cap, which the build must not get).
 */
export async function startAppServer(env: Record<string, string>, serverEnv: Record<string, string> = {}): Promise<AppServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env, APP_URL: url, AUTH_TRUST_HOST: "true", NEXT_DIST_DIR: benchDistDir, NEXT_TELEMETRY_DISABLED: "1" };
  if (!buildIsCurrent(path.resolve(benchDistDir))) {
    console.log(`[bench] Building the production app into ${benchDistDir} (a few minutes on a busy 2-core machine) …`);
    const build = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "build"], { stdio: ["ignore", "inherit", "inherit"], env: childEnv });
    if ((await exited(build)) !== 0) throw new Error("The production build failed.");
  }
  // Its output shows: with LOG_LEVEL=warn that is only what went wrong (a failed procedure's error, say).
  const server = spawn(process.execPath, [path.resolve("src/cli/serve.mjs")], { stdio: ["ignore", "inherit", "inherit"], env: { ...childEnv, ...serverEnv, PORT: String(port), NODE_ENV: "production" } });
  const deadline = Date.now() + 120_000;
  while (!(await fetch(`${url}/api/health`).then((r) => r.ok, () => false))) {
    if (server.exitCode !== null || Date.now() > deadline) throw new Error("The app server did not become healthy.");
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    url,
    pid: server.pid!,
    stop: async () => {
      if (server.exitCode !== null) return;
      server.kill("SIGTERM");
      await exited(server);
    },
  };
}

/** Resident memory of a process and all its descendants, in MB (Linux /proc). */
export async function treeRssMb(pid: number): Promise<number> {
  let kb = 0;
  const visit = async (id: number) => {
    const status = await readFile(`/proc/${id}/status`, "utf8").catch(() => "");
    kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    const children = await readFile(`/proc/${id}/task/${id}/children`, "utf8").catch(() => "");
    for (const child of children.split(" ").filter(Boolean)) await visit(Number(child));
  };
  await visit(pid);
  return Math.round(kb / 1024);
}

/** The app's environment for a benchmark: local mode (no SMTP, the dev mailbox), quiet logs. */
export const appServerEnv = (databaseUrl: string, authSecret: string): Record<string, string> => ({
  DATABASE_URL: databaseUrl,
  AUTH_SECRET: authSecret,
  APP_ENV: "local",
  SMTP_URL: "",
  LOG_LEVEL: "warn",
});
