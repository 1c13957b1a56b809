import { describe, expect, it } from "vitest";
import { createDb, getDb } from "@/server/db/client";
import { freePort } from "@/server/db/embedded";
import { applyMigrations } from "@/server/db/migrations";
import { emptyDatabase, exitWithin, runCli } from "@/test/cli";
import { checkHealth } from "./service";

describe("checkHealth", () => {
  it("reports the database and the job queue up", async () => {
    // Other test files start workers (and so heartbeats) in this shared database; "no worker
    // seen" is checked below on a database of its own.
    expect(await checkHealth(getDb())).toMatchObject({ status: "up", database: "up", queue: "up", workers: "in-process" });
  });

  it("reports the database down when it cannot be reached", async () => {
    const unreachable = createDb(`postgresql://nobody:nothing@127.0.0.1:${await freePort()}/none`);
    const health = await checkHealth(unreachable);
    expect(health).toMatchObject({ status: "down", database: "down", queue: "up", worker: "down" });
    await unreachable.$disconnect();
  });

  it("reports a worker up while `npm run worker` runs, from any instance", { timeout: 90_000 }, async () => {
    // Its own database, so the worker takes none of the other tests' jobs.
    const database = await emptyDatabase(process.env.DATABASE_URL!);
    await applyMigrations(database.url);
    const db = createDb(database.url);
    try {
      expect(await checkHealth(db)).toMatchObject({ status: "up", worker: "down" });
      const worker = runCli("src/cli/worker.ts", [], {
        APP_ENV: "production",
        DATABASE_URL: database.url,
        AUTH_SECRET: "s".repeat(40),
        SMTP_URL: "smtp://127.0.0.1:1",
        MAIL_FROM: "Tandem <hello@tandem.example>",
        APP_URL: "https://tandem.example",
      });
      await expect.poll(worker.output, { timeout: 60_000, interval: 250 }).toContain("Worker running");
      await expect.poll(async () => (await checkHealth(db)).worker, { timeout: 10_000 }).toBe("up");
      worker.child.kill("SIGTERM");
      expect(await exitWithin(worker, 20_000)).toBe(0);
      // Seen within the last 90 seconds still counts: a restart does not flap the field.
      expect((await checkHealth(db)).worker).toBe("up");
      await db.$executeRaw`UPDATE worker_heartbeat SET "seenAt" = now() - interval '91 seconds'`;
      expect((await checkHealth(db)).worker).toBe("down");
    } finally {
      await db.$disconnect();
      await database.drop();
    }
  });
});
