import { existsSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { exitWithin, runCli } from "@/test/cli";

const production = {
  APP_ENV: "production",
  DATABASE_URL: process.env.DATABASE_URL,
  AUTH_SECRET: "s".repeat(40),
  SMTP_URL: "smtp://mail.example:587",
  MAIL_FROM: "Tandem <hello@tandem.example>",
  APP_URL: "https://tandem.example",
};

describe("real-deployment mode, for every command", () => {
  it.each([
    ["npm run worker", "src/cli/worker.ts", []],
    ["npm run db:migrate", "src/cli/migrate.ts", ["apply"]],
    ["npm run db:status", "src/cli/migrate.ts", ["status"]],
    ["npm run db:seed", "src/cli/seed.ts", []],
    ["npm run make-moderator", "src/cli/make-moderator.ts", ["someone@example.com"]],
  ])("%s refuses to start without SMTP_URL, naming it", { timeout: 60_000 }, async (name, script, args) => {
    const run = runCli(script, args, { ...production, SMTP_URL: "" });
    expect(await exitWithin(run, 45_000)).toBe(1);
    expect(run.output()).toContain("SMTP_URL is required when APP_ENV=production.");
    expect(run.output()).toContain(`${name} does not run in real-deployment mode`);
  });

  it("the worker sends nothing to a dev mailbox: it does not start at all", { timeout: 60_000 }, async () => {
    const run = runCli("src/cli/worker.ts", [], { ...production, SMTP_URL: "" });
    expect(await exitWithin(run, 45_000)).toBe(1);
    expect(run.output()).not.toContain("Worker running");
  });

  it("db:migrate without DATABASE_URL refuses instead of migrating an embedded database", { timeout: 60_000 }, async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "tandem-migrate-"));
    const run = runCli("src/cli/migrate.ts", ["apply"], { ...production, DATABASE_URL: "", DATA_DIR: dataDir });
    expect(await exitWithin(run, 45_000)).toBe(1);
    expect(run.output()).toContain("DATABASE_URL is required when APP_ENV=production.");
    expect(existsSync(path.join(dataDir, "postgres"))).toBe(false);
  });
});
