/**
 * `npm test`: the unit, integration and end-to-end suites, in that order, always all three (plus a
 * rerun of the zone-sensitive unit suites under another server zone).
 * Exits non-zero when any fails, and ends with one line of totals.
 */
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

type Outcome = { name: string; passed: number; failed: number; skipped: number; exitCode: number };

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const bin = (name: string) => path.resolve("node_modules/.bin", name);

type VitestRun = { name: string; files?: string[]; env?: Record<string, string> };

async function vitest(project: "unit" | "integration", reportDir: string, options: VitestRun = { name: project }): Promise<Outcome> {
  const report = path.join(reportDir, `${options.name.replace(/[^a-z0-9-]+/gi, "-")}.json`);
  const args = ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...(options.files ?? [])];
  const exitCode = await run(bin("vitest"), args, options.env);
  const json = JSON.parse(await readFile(report, "utf8").catch(() => "{}")) as { numPassedTests?: number; numFailedTests?: number; numPendingTests?: number; numTodoTests?: number };
  return { name: options.name, passed: json.numPassedTests ?? 0, failed: json.numFailedTests ?? (exitCode ? 1 : 0), skipped: (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0), exitCode };
}

/**
 * Suites whose answers must not depend on the server's own zone run a second time under one far
 * from UTC, with a 45-minute offset and daylight-saving time (counted as their own line).
 */
const zoneSensitive: VitestRun = { name: "unit TZ=Pacific/Chatham", files: ["src/shared/check-ins", "src/server/calendar"], env: { TZ: "Pacific/Chatham" } };

async function playwright(reportDir: string): Promise<Outcome> {
  // Each run gets a fresh database of its own.
  await rm(path.resolve(".data/e2e"), { recursive: true, force: true });
  const report = path.join(reportDir, "e2e.json");
  // The browser is found by playwright.config.ts: the system's Chromium, or the one npm installed.
  const exitCode = await run(bin("playwright"), ["test", "--reporter=list,json"], { PLAYWRIGHT_JSON_OUTPUT_NAME: report });
  const json = JSON.parse(await readFile(report, "utf8").catch(() => "{}")) as { stats?: { expected: number; unexpected: number; flaky: number; skipped: number } };
  const stats = json.stats;
  return { name: "e2e", passed: stats ? stats.expected + stats.flaky : 0, failed: stats ? stats.unexpected : exitCode ? 1 : 0, skipped: stats?.skipped ?? 0, exitCode };
}

async function main() {
  const reportDir = await mkdtemp(path.join(os.tmpdir(), "tandem-test-"));
  const outcomes = [await vitest("unit", reportDir), await vitest("unit", reportDir, zoneSensitive), await vitest("integration", reportDir), await playwright(reportDir)];
  console.log("\n[test] Summary");
  for (const o of outcomes) console.log(`[test]   ${o.name.padEnd(25)} ${o.passed} passed, ${o.failed} failed${o.skipped ? `, ${o.skipped} skipped` : ""}${o.exitCode && !o.failed ? " (runner failed)" : ""}`);
  const passed = outcomes.reduce((n, o) => n + o.passed, 0);
  const failed = outcomes.reduce((n, o) => n + o.failed + (o.exitCode && !o.failed ? 1 : 0), 0);
  const skipped = outcomes.reduce((n, o) => n + o.skipped, 0);
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
  process.exit(outcomes.some((o) => o.exitCode !== 0) ? 1 : 0);
}

void main();
