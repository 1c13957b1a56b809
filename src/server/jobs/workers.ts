import "server-only";
import type { PgBoss } from "pg-boss";
import { getDb } from "@/server/db/client";
import { log } from "@/server/log";
import { deliverEmail, pendingEmailIds } from "@/server/mail/outbox";
import { mailTransport } from "@/server/mail/transport";
import { refreshAllAvailability } from "@/server/onboarding/availability-store";
import { expireDueRequests } from "@/server/requests/service";
import { getBoss, queues } from "./boss";
import { startHeartbeat } from "./heartbeat";

const sweepGraceMs = 2 * 60_000;

/** Requests expire after 7 days (PRODUCT.md §4). Exported so a test can run this worker alone. */
export async function workOnRequestExpiry(boss: PgBoss): Promise<void> {
  await boss.work(queues.expireRequests, async () => {
    const expired = await expireDueRequests(getDb(), new Date());
    if (expired) log.info({ expired }, "match requests expired");
  });
}

/** Registers every job handler and cron schedule on this process's pg-boss. */
export async function startWorkers(): Promise<void> {
  const boss = await getBoss();

  // With a backlog (many emails at once), fetch again at once while batches come back full
  // instead of waiting a polling interval per batch of five.
  await boss.work<{ id: string }>(queues.sendEmail, { batchSize: 5, burstWhenBatchFull: true }, async (jobs) => {
    for (const job of jobs) {
      const result = await deliverEmail(getDb(), job.data.id, mailTransport());
      // Throwing lets pg-boss retry with backoff; the row keeps its attempt count and last error.
      if (result === "failed") throw new Error(`Email ${job.data.id} was not delivered; will retry.`);
    }
  });

  await boss.work(queues.sweepOutbox, async () => {
    const ids = await pendingEmailIds(getDb(), new Date(Date.now() - sweepGraceMs));
    for (const id of ids) await boss.send(queues.sendEmail, { id });
    if (ids.length) log.info({ count: ids.length }, "re-queued pending emails");
  });
  await boss.schedule(queues.sweepOutbox, "* * * * *");

  // Keeps every member's UTC availability for this week and next. Weekly would do; daily means
  // a missed Monday (app down) heals within a day.
  await boss.work(queues.refreshAvailability, async () => {
    const { members } = await refreshAllAvailability(getDb(), new Date());
    log.info({ members }, "availability weeks refreshed");
  });
  await boss.schedule(queues.refreshAvailability, "5 0 * * *");

  await workOnRequestExpiry(boss);
  // Services also treat a due request as expired, so this only has to catch up; every 5 minutes
  // keeps lists and counts tidy.
  await boss.schedule(queues.expireRequests, "*/5 * * * *");

  startHeartbeat();
  log.info("background workers started");
}
