import { execFileSync } from "node:child_process";
import { embeddedDatabaseName } from "../src/cli/database";
import { embeddedDatabaseUrl } from "../src/server/db/embedded";

/**
 * Queues one run of a scheduled job as of `at` (`npm run job -- <queue> --at`), on the end-to-end
 * server's database; the app's own workers pick it up within seconds. Only the job's clock moves:
 * the app and every other spec keep the real time.
 */
export function runJobAt(queue: string, at: Date): void {
  const databasePort = process.env.E2E_PORTS?.split(",")[2];
  if (!databasePort) throw new Error("E2E_PORTS is set by playwright.config.ts");
  execFileSync("npm", ["run", "--silent", "job", "--", queue, "--at", at.toISOString()], {
    env: { ...process.env, APP_ENV: "local", DATABASE_URL: embeddedDatabaseUrl(databasePort, embeddedDatabaseName) },
    stdio: "pipe",
  });
}

export const weeks = (n: number) => n * 7 * 24 * 60 * 60 * 1000;
