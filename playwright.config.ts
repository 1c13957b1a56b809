import { execFileSync } from "node:child_process";
import { defineConfig, devices } from "@playwright/test";
import { findTestBrowser } from "./e2e/browser";

/** A free port for this run's app, chosen once by the main process and inherited by workers. */
function freePortSync(): string {
  const script = "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return execFileSync(process.execPath, ["-e", script], { encoding: "utf8" });
}
process.env.E2E_PORT ??= freePortSync();
const port = process.env.E2E_PORT;
const baseURL = `http://127.0.0.1:${port}`;

// The main process unpacks a bundled browser, if needed, before any worker starts; workers find it unpacked.
const browser = await findTestBrowser();
if (process.env.TEST_WORKER_INDEX === undefined) console.log(`[e2e] Chromium: ${browser.source === "system" ? "the system's" : "bundled with @sparticuz/chromium (no system browser found)"}, ${browser.executablePath}`);
const browserEnv = browser.env && { ...(Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== undefined)) as Record<string, string>), ...browser.env };

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 60_000,
  // Pages wait on the server (sign-up hashes a password, suggestions score hundreds of people):
  // on a machine whose cores are busy with other work, that can take well over the default 5 s.
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: browser.executablePath,
      env: browserEnv,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } },
    { name: "phone", use: { ...devices["Pixel 7"], channel: undefined }, testMatch: /landing\.spec\.ts/ },
  ],
  webServer: {
    // The real start path: embedded PostgreSQL in its own data folder, migrations, seed, build, serve.
    command: "node_modules/.bin/tsx --conditions=react-server src/cli/start.ts",
    url: `${baseURL}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    env: {
      PORT: port,
      DATA_DIR: ".data/e2e",
      NEXT_DIST_DIR: ".next-e2e",
      APP_URL: baseURL,
      DATABASE_URL: "",
      SMTP_URL: "",
      APP_ENV: "local",
      LOG_LEVEL: "warn",
      // Every test browser comes from 127.0.0.1; the per-address sign-up limit is tested in integration.
      RATE_LIMIT_SIGN_UP_IP: "100/3600",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
