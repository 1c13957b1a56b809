import { spawn } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clearStaleLock, freePort } from "./embedded";

async function lockWith(pid: number) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "tandem-lock-"));
  await writeFile(path.join(dir, "postmaster.pid"), `${pid}\n${dir}\n1700000000\n5432\n`);
  return dir;
}

describe("clearStaleLock", () => {
  it("does nothing without a lock file", async () => {
    expect(await clearStaleLock(await mkdtemp(path.join(os.tmpdir(), "tandem-lock-")))).toBe("none");
  });

  it("removes the lock left by a PostgreSQL that is no longer running", async () => {
    const dir = await lockWith(2 ** 22 + 12345); // above pid_max on Linux: never a live process
    expect(await clearStaleLock(dir)).toBe("cleared");
    await expect(readFile(path.join(dir, "postmaster.pid"))).rejects.toThrow();
  });

  it("removes a lock whose pid now belongs to some other program", async () => {
    const other = spawn("sleep", ["5"]);
    const dir = await lockWith(other.pid!);
    expect(await clearStaleLock(dir)).toBe("cleared");
    other.kill();
  });
});

describe("freePort", () => {
  it("never hands out PostgreSQL's default port", async () => {
    const ports = await Promise.all(Array.from({ length: 5 }, () => freePort()));
    for (const port of ports) expect(port).not.toBe(5432);
  });
});
