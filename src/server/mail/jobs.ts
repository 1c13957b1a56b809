import "server-only";
import { getDb } from "@/server/db/client";
import { ensureQueue, type FeatureJobs } from "@/server/jobs/boss";
import { log } from "@/server/log";
import { deliverEmail, pendingEmailIds } from "./outbox";
import { mailQueues } from "./queues";
import { mailTransport } from "./transport";

/** An email whose job went missing is queued again once it has waited this long. */
const sweepGraceMs = 2 * 60_000;

export const mailJobs: FeatureJobs = {
  name: "mail",
  async start(boss) {
    await ensureQueue(mailQueues.sendEmail);
    // With a backlog (many emails at once), fetch again at once while batches come back full
    // instead of waiting a polling interval per batch of five.
    await boss.work<{ id: string }>(mailQueues.sendEmail, { batchSize: 5, burstWhenBatchFull: true }, async (jobs) => {
      for (const job of jobs) {
        const result = await deliverEmail(getDb(), job.data.id, mailTransport());
        // Throwing lets pg-boss retry with backoff; the row keeps its attempt count and last error.
        // "deferred" (a job that ran before the email's quiet hours ended) completes quietly: the
        // row stays pending and the sweep queues it again once its time has come.
        if (result === "failed") throw new Error(`Email ${job.data.id} was not delivered; will retry.`);
      }
    });

    await ensureQueue(mailQueues.sweepOutbox);
    await boss.work(mailQueues.sweepOutbox, async () => {
      const ids = await pendingEmailIds(getDb(), new Date(Date.now() - sweepGraceMs));
      for (const id of ids) await boss.send(mailQueues.sendEmail, { id });
      if (ids.length) log.info({ count: ids.length }, "re-queued pending emails");
    });
    await boss.schedule(mailQueues.sweepOutbox, "* * * * *");
  },
};
