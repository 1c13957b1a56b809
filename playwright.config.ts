import { execFileSync } from "node:child_process";
import { defineConfig, devices } from "@playwright/test";
import { findTestBrowser } from "./e2e/browser";
import { embeddedDatabaseName } from "./src/cli/database";
import { embeddedDatabaseUrl } from "./src/server/db/embedded";

/** Free ports for this run (the apps and their database), chosen once by the main process and inherited by workers. */
function freePortsSync(count: number): string[] {
  const script = `const n=require('net');Promise.all(Array.from({length:${count}},()=>new Promise(r=>{const s=n.createServer();s.listen(0,'127.0.0.1',()=>r(s))}))).then(ss=>{process.stdout.write(ss.map(s=>s.address().port).join(','));ss.forEach(s=>s.close())})`;
  return execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }).split(",");
}
const [port, secondPort, databasePort] = (process.env.E2E_PORTS ??= freePortsSync(3).join(",")).split(",") as [string, string, string];
const baseURL = `http://127.0.0.1:${port}`;
/** A second app instance on the same database, for two-instances.spec.ts. */
const secondURL = (process.env.E2E_SECOND_URL = `http://127.0.0.1:${secondPort}`);

// The main process unpacks a bundled browser, if needed, before any worker starts; workers find it unpacked.
const browser = await findTestBrowser();
if (process.env.TEST_WORKER_INDEX === undefined) console.log(`[e2e] Chromium: ${browser.source === "system" ? "the system's" : "bundled with @sparticuz/chromium (no system browser found)"}, ${browser.executablePath}`);
const browserEnv = browser.env && { ...(Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== undefined)) as Record<string, string>), ...browser.env };

const sharedServer = { reuseExistingServer: false, stdout: "pipe", gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 } } as const;
/** Both instances share the data folder (its auth secret, so a session is good on either) and the build. */
const serverEnv = {
  DATA_DIR: ".data/e2e",
  NEXT_DIST_DIR: ".next-e2e",
  SMTP_URL: "",
  APP_ENV: "local",
  LOG_LEVEL: "warn",
  // Every test browser comes from 127.0.0.1; the per-address sign-up limit is tested in integration.
  RATE_LIMIT_SIGN_UP_IP: "100/3600",
  NEXT_TELEMETRY_DISABLED: "1",
};

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
  webServer: [
    {
      // The real start path: embedded PostgreSQL in its own data folder, migrations, seed, build, serve.
      command: "node_modules/.bin/tsx --conditions=react-server src/cli/start.ts",
      url: `${baseURL}/api/health`,
      // A cold build takes 2–4 minutes alone on this 2-core machine, far longer when it is shared.
      timeout: 600_000,
      ...sharedServer,
      env: { ...serverEnv, PORT: port, APP_URL: baseURL, DATABASE_URL: "", EMBEDDED_POSTGRES_PORT: databasePort },
    },
    {
      // A second instance, as behind a load balancer: started once the first is up (Playwright starts
      // web servers in order), on the first's database, serving the build the first made (--no-build).
      // Migrations find the schema current and the seed finds data, so both are no-ops here.
      command: "node_modules/.bin/tsx --conditions=react-server src/cli/start.ts --no-build",
      url: `${secondURL}/api/health`,
      timeout: 60_000,
      ...sharedServer,
      env: { ...serverEnv, PORT: secondPort, APP_URL: secondURL, DATABASE_URL: embeddedDatabaseUrl(databasePort, embeddedDatabaseName) },
    },
  ],
});
