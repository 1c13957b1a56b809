/** `npm run worker`: background jobs in their own process (set RUN_WORKERS=off on the web instances). */
import { env } from "../env";
import { getBoss, stopBoss } from "../server/jobs/boss";
import { startWorkers } from "../server/workers";
import { refuseIncompleteDeployment } from "./command";

async function main() {
  refuseIncompleteDeployment("npm run worker");
  if (!env.DATABASE_URL) {
    console.error("[tandem] npm run worker needs DATABASE_URL: it joins an existing Tandem database.");
    process.exit(1);
  }
  await getBoss(env.DATABASE_URL);
  await startWorkers();
  console.log("[tandem] Worker running. Press Ctrl-C to stop.");
  const stop = async () => {
    await stopBoss();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
}

void main();
