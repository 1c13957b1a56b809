import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "@/server/db/embedded";

const started: ChildProcess[] = [];

afterAll(() => {
  for (const child of started) {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // already gone
    }
  }
});

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

/** Whether any process of the group the child leads (everything it started) still runs. */
function groupAlive(child: ChildProcess): boolean {
  try {
    process.kill(-child.pid!, 0);
    return true;
  } catch {
    return false;
  }
}

describe("a signal to the top process", () => {
  // `npm run dev` takes the path of `npm start` (the same start.ts, PostgreSQL and web server)
  // without a production build, which start.int.test.ts makes meanwhile.
  it("SIGTERM to npm alone stops the web server and PostgreSQL and frees the port", { timeout: 240_000 }, async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "tandem-signals-"));
    const lockFile = path.join(dataDir, "postgres", "postmaster.pid");
    const port = await freePort();
    let output = "";
    const npm = spawn("npm", ["run", "dev"], {
      env: { ...process.env, DATABASE_URL: "", DATA_DIR: dataDir, PORT: String(port), NEXT_DIST_DIR: ".next-signals", APP_URL: "", APP_ENV: "local", LOG_LEVEL: "warn" },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true, // its own process group: the test can see whether anything it started lives on
    });
    started.push(npm);
    npm.stdout!.on("data", (chunk) => (output += String(chunk)));
    npm.stderr!.on("data", (chunk) => (output += String(chunk)));
    const exited = new Promise<number | null>((resolve) => npm.once("exit", (code) => resolve(code)));

    await expect.poll(() => output, { timeout: 200_000, interval: 250 }).toContain("Web server listening");
    await expect.poll(() => answers(port), { timeout: 10_000 }).toBe(true);
    expect(existsSync(lockFile)).toBe(true);

    process.kill(npm.pid!, "SIGTERM");
    await exited;
    await expect.poll(() => groupAlive(npm), { timeout: 20_000, interval: 250 }).toBe(false);
    expect(await answers(port)).toBe(false);
    expect(existsSync(lockFile)).toBe(false);
    expect(output).toContain("Stopping PostgreSQL");
  });
});
