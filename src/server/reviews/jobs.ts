import "server-only";
import type { PgBoss } from "pg-boss";
import { getDb } from "@/server/db/client";
import { ensureQueue, jobTime, type FeatureJobs } from "@/server/jobs/boss";
import { log } from "@/server/log";
import { createDueReviews } from "./due";

export const reviewQueue = "reviews-due";

/** Creates the reviews that have fallen due, as of the job's time. Exported so a test can run this worker alone. */
export async function workOnDueReviews(boss: PgBoss): Promise<void> {
  await ensureQueue(reviewQueue);
  await boss.work(reviewQueue, async ([job]) => {
    const created = await createDueReviews(getDb(), jobTime(job?.data));
    if (created) log.info({ created }, "reviews fell due");
  });
}

export const reviewJobs: FeatureJobs = {
  name: "reviews",
  async start(boss) {
    await workOnDueReviews(boss);
    // Hourly: a review is weeks apart, and falling due within the hour is on time.
    await boss.schedule(reviewQueue, "0 * * * *");
  },
};
