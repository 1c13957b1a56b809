import "server-only";
import type { PgBoss } from "pg-boss";
import type { Db } from "@/server/db/client";
import { getDb } from "@/server/db/client";
import { retryOnConflict } from "@/server/db/retry";
import { ensureQueue, jobTime, type FeatureJobs } from "@/server/jobs/boss";
import { log } from "@/server/log";
import { endings } from "@/server/partnerships/rules";
import { runTimedTransition } from "@/server/partnerships/transitions";
import { scheduledEndingDue } from "@/shared/endings/rules";
import { completeEnding, endedNotices } from "./service";

export const endingQueues = { finish: "endings" } as const;

/**
 * Completes every planned ending that is due at `now`: its final check-in was logged, or that
 * check-in's planned start plus the grace period has passed. Each in its own transaction, the
 * partnership locked first and the ending re-read under the lock, so a duplicate run (or a run
 * racing a partner's own move) writes nothing twice. Returns how many it completed.
 */
export async function finishScheduledEndings(db: Db, now: Date): Promise<number> {
  const planned = await db.partnershipEnding.findMany({
    where: { status: "SCHEDULED", finalCheckInAt: { lte: now }, partnership: { status: { not: "ENDED" } } },
    select: { partnershipId: true },
    orderBy: { finalCheckInAt: "asc" },
    take: 500,
  });
  let finished = 0;
  for (const { partnershipId } of planned) {
    if (await finishOne(db, partnershipId, now)) finished++;
  }
  return finished;
}

function finishOne(db: Db, partnershipId: string, now: Date): Promise<boolean> {
  return retryOnConflict(() =>
    db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM partnership WHERE id = ${partnershipId} FOR UPDATE`;
      const ending = await tx.partnershipEnding.findUnique({
        where: { partnershipId },
      });
      if (!ending || ending.status !== "SCHEDULED" || !ending.finalCheckInAt) return false;
      const logged =
        (await tx.checkIn.count({
          where: { partnershipId, occurrenceStart: ending.finalCheckInAt },
        })) > 0;
      if (!scheduledEndingDue({ finalCheckInAt: ending.finalCheckInAt }, { now, finalCheckInLogged: logged })) return false;
      const { endedById, quietly, doNotRematch } = ending;
      const after = await runTimedTransition(
        tx,
        {
          partnershipId,
          action: "END",
          only: endings.CHOSEN.from,
          data: { how: "CHOSEN", quietly },
          apply: async (inner, access) => {
            const ids = [access.member.memberId, access.partner.memberId];
            await inner.partnershipEnding.update({
              where: { partnershipId },
              data: { status: "DONE", endedAt: now },
            });
            await completeEnding(inner, { partnershipId, doNotRematch, leftIds: ids.filter((id) => id !== endedById) }, now);
          },
          notify: ({ member, partner }) => {
            // An ender whose account is gone has nobody to name: both simply get the reflection prompt.
            if (!endedById)
              return [member, partner].map((m) => ({
                memberId: m.memberId,
                type: "REFLECTION_PROMPT" as const,
                data: { partnershipId },
              }));
            const partnerId = member.memberId === endedById ? partner.memberId : member.memberId;
            return endedNotices(partnershipId, endedById, partnerId, quietly);
          },
        },
        now,
      );
      return after !== null;
    }),
  );
}

/** Finishes planned endings. Exported so a test can run this worker alone. */
export async function workOnEndings(boss: PgBoss): Promise<void> {
  await ensureQueue(endingQueues.finish);
  await boss.work(endingQueues.finish, async ([job]) => {
    const finished = await finishScheduledEndings(getDb(), jobTime(job?.data));
    if (finished) log.info({ finished }, "planned endings completed");
  });
}

export const endingJobs: FeatureJobs = {
  name: "endings",
  async start(boss) {
    await workOnEndings(boss);
    // Every 15 minutes: an ending follows its final check-in within a quarter of an hour of it being logged.
    await boss.schedule(endingQueues.finish, "*/15 * * * *");
  },
};
