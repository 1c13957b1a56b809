import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "@/server/db/embedded";

type Started = { child: ChildProcess; output: () => string; waitFor: (expected: string | RegExp) => Promise<void>; url: string };
const children: ChildProcess[] = [];

/** `npm start` as a user runs it, minus npm: one process, so signals reach it directly. */
async function start(dataDir: string): Promise<Started> {
  const port = await freePort();
  let output = "";
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "src/cli/start.ts"], {
    env: { ...process.env, DATABASE_URL: "", AUTH_SECRET: "", DATA_DIR: dataDir, PORT: String(port), NEXT_DIST_DIR: ".next-e2e", APP_URL: "", APP_ENV: "local", LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // its own process group, so a test can kill it with everything it started
  });
  children.push(child);
  child.stdout!.on("data", (chunk) => (output += String(chunk)));
  child.stderr!.on("data", (chunk) => (output += String(chunk)));
  /** Resolves once the output so far contains `expected`: lines arrive in chunks, at the pace of a busy machine. */
  const waitFor = (expected: string | RegExp, timeoutMs = 30_000) =>
    new Promise<void>((resolve, reject) => {
      const deadline = Date.now() + timeoutMs;
      const timer = setInterval(() => {
        const found = typeof expected === "string" ? output.includes(expected) : expected.test(output);
        const failed = !found && (child.exitCode !== null || Date.now() > deadline);
        if (!found && !failed) return;
        clearInterval(timer);
        if (failed) reject(new Error(`start printed no ${String(expected)}${child.exitCode !== null ? " and exited" : ""}:\n${output}`));
        else resolve();
      }, 100);
    });
  await waitFor("Tandem is running at", Infinity); // the first start in a fresh clone builds the app: bounded by the test's timeout
  return { child, output: () => output, waitFor, url: `http://127.0.0.1:${port}` };
}

function exitCode(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once("exit", (code) => resolve(code))));
}

afterAll(() => {
  for (const child of children) {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // already gone
    }
  }
});

describe("npm start", () => {
  it("starts from nothing, serves the app, keeps its data, and stops PostgreSQL cleanly", { timeout: 900_000 }, async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "tandem-start-"));
    const lockFile = path.join(dataDir, "postgres", "postmaster.pid");

    const first = await start(dataDir);
    await first.waitFor(/alex@demo\.tandem\.local: \S+/); // printed just after the "running" line
    expect(first.output()).toContain("Generated an auth secret");
    expect(first.output()).toContain("Seeded demo data");
    expect(first.output()).toMatch(/alex@demo\.tandem\.local: \S+/);
    const health = await fetch(`${first.url}/api/health`);
    expect(await health.json()).toMatchObject({ status: "up", database: "up", queue: "up" });
    expect(await (await fetch(`${first.url}/help`)).text()).toContain("988");
    const secret = await readFile(path.join(dataDir, "auth-secret"), "utf8");
    expect(existsSync(lockFile)).toBe(true);

    first.child.kill("SIGTERM");
    expect(await exitCode(first.child)).toBe(0);
    expect(existsSync(lockFile)).toBe(false);

    // A second start reuses the cluster, the data and the secret.
    const second = await start(dataDir);
    expect(second.output()).not.toContain("Seeded demo data");
    expect(second.output()).not.toContain("Generated an auth secret");
    expect(await readFile(path.join(dataDir, "auth-secret"), "utf8")).toBe(secret);

    // Killed hard, PostgreSQL and all: the lock file stays behind, and the next start recovers.
    const exited = exitCode(second.child);
    process.kill(-second.child.pid!, "SIGKILL");
    await exited;
    expect(existsSync(lockFile)).toBe(true);

    const third = await start(dataDir);
    expect(third.output()).toContain("Recovered the database");
    expect((await fetch(`${third.url}/api/health`)).status).toBe(200);
    third.child.kill("SIGINT"); // Ctrl-C; 130 is the conventional exit code for it
    expect([0, 130]).toContain(await exitCode(third.child));
    expect(existsSync(lockFile)).toBe(false);
  });

  it("refuses real-deployment mode without its settings", async () => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "src/cli/start.ts"], {
      env: { ...process.env, APP_ENV: "production", DATABASE_URL: "", AUTH_SECRET: "", SMTP_URL: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr!.on("data", (chunk) => (stderr += String(chunk)));
    expect(await exitCode(child)).toBe(1);
    expect(stderr).toContain("DATABASE_URL is required when APP_ENV=production.");
    expect(stderr).toContain("SMTP_URL is required when APP_ENV=production.");
  });
});
