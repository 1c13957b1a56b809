import "server-only";
import type { PgBoss } from "pg-boss";
import { getDb, type Db } from "@/server/db/client";
import { ensureQueue, jobTime, type FeatureJobs } from "@/server/jobs/boss";
import { log } from "@/server/log";
import { endPausesDue, startPausesDue } from "./clock";

export const pauseQueue = "pause-clock";

/** Starts the planned pauses whose day has come, then picks up again the ones whose end has come. */
export async function runPauseClock(db: Db, now: Date): Promise<{ started: number; resumed: number }> {
  const started = await startPausesDue(db, now);
  const resumed = await endPausesDue(db, now);
  return { started, resumed };
}

/** Exported so a test can run this worker alone. */
export async function workOnPauseClock(boss: PgBoss): Promise<void> {
  await ensureQueue(pauseQueue);
  await boss.work(pauseQueue, async ([job]) => {
    const { started, resumed } = await runPauseClock(getDb(), jobTime(job?.data));
    if (started || resumed) log.info({ started, resumed }, "pauses started and resumed");
  });
}

export const pauseJobs: FeatureJobs = {
  name: "pauses",
  async start(boss) {
    await workOnPauseClock(boss);
    // Every 15 minutes: a pause begins and ends at 00:00 in the agreement's zone, so within a quarter hour of it.
    await boss.schedule(pauseQueue, "*/15 * * * *");
  },
};
