import { existsSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { emptyDatabase, exitWithin, runCli } from "@/test/cli";

describe("npm run db:status", () => {
  it("exits 1 while migrations are pending and 0 once they are applied", { timeout: 90_000 }, async () => {
    const db = await emptyDatabase(process.env.DATABASE_URL!);
    try {
      const pending = runCli("src/cli/migrate.ts", ["status"], { DATABASE_URL: db.url });
      expect(await exitWithin(pending, 45_000)).toBe(1);
      expect(pending.output()).toContain("No migrations applied yet.");

      expect(await exitWithin(runCli("src/cli/migrate.ts", ["apply"], { DATABASE_URL: db.url }), 45_000)).toBe(0);
      const applied = runCli("src/cli/migrate.ts", ["status"], { DATABASE_URL: db.url });
      expect(await exitWithin(applied, 45_000)).toBe(0);
      expect(applied.output()).toContain("Database is up to date");
    } finally {
      await db.drop();
    }
  });

  it("exits 1 on the embedded database too, and stops it", { timeout: 120_000 }, async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "tandem-status-"));
    const run = runCli("src/cli/migrate.ts", ["status"], { DATABASE_URL: "", DATA_DIR: dataDir });
    expect(await exitWithin(run, 100_000)).toBe(1);
    expect(run.output()).toContain("No migrations applied yet.");
    expect(existsSync(path.join(dataDir, "postgres", "postmaster.pid"))).toBe(false);
  });
});
