import "server-only";
import type { PgBoss } from "pg-boss";
import { getDb } from "@/server/db/client";
import { ensureQueue, type FeatureJobs } from "@/server/jobs/boss";
import { log } from "@/server/log";
import { expireDueRequests } from "./expiry";

export const requestQueues = { expireRequests: "request-expiry" } as const;

/** Requests expire after 7 days (PRODUCT.md §4). Exported so a test can run this worker alone. */
export async function workOnRequestExpiry(boss: PgBoss): Promise<void> {
  await ensureQueue(requestQueues.expireRequests);
  await boss.work(requestQueues.expireRequests, async () => {
    const expired = await expireDueRequests(getDb(), new Date());
    if (expired) log.info({ expired }, "match requests expired");
  });
}

export const requestJobs: FeatureJobs = {
  name: "requests",
  async start(boss) {
    await workOnRequestExpiry(boss);
    // Services also treat a due request as expired, so this only has to catch up; every 5 minutes
    // keeps lists and counts tidy.
    await boss.schedule(requestQueues.expireRequests, "*/5 * * * *");
  },
};
