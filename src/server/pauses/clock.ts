import "server-only";
import type { Db } from "@/server/db/client";
import { runTimedTransition } from "@/server/partnerships/transitions";
import type { Notice } from "@/server/notifications/service";
import { pauseTermsOf } from "@/shared/pauses/rules";
import { resumeNotices, withdrawPendingExtensions } from "./resume";

/** A pause that changed between the batch's read and its partnership's lock: that run writes nothing. */
class StalePause extends Error {}

function staleIsNothing(error: unknown): false {
  if (error instanceof StalePause) return false;
  throw error;
}

/** How many pauses one run looks at for each move; the next run (15 minutes on) takes the rest. */
export const clockBatch = 100;

/**
 * Planned pauses whose first moment has come: each starts through the kernel (PAUSE, no actor), and
 * both partners hear it has begun. One whose partnership is no longer ACTIVE (ended meanwhile, or
 * a duplicate run got there first) writes nothing.
 */
export async function startPausesDue(db: Db, now: Date): Promise<number> {
  const due = await db.partnershipPause.findMany({
    where: { status: "SCHEDULED", startsAt: { lte: now } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: clockBatch,
    select: { id: true, partnershipId: true },
  });
  let started = 0;
  for (const pause of due) {
    const done = await db.$transaction(async (tx) => {
      const row = await tx.partnershipPause.findUnique({ where: { id: pause.id }, select: { status: true, endsAt: true } });
      if (row?.status !== "SCHEDULED") return false;
      const version = await tx.agreementVersion.findFirst({ where: { partnershipId: pause.partnershipId, status: "IN_FORCE" }, select: { content: true } });
      const timeZone = (version && pauseTermsOf(version.content)?.timeZone) ?? "UTC";
      const after = await runTimedTransition(
        tx,
        {
          partnershipId: pause.partnershipId,
          action: "PAUSE",
          data: { pauseId: pause.id },
          only: ["ACTIVE"],
          apply: async (inner) => {
            const { count } = await inner.partnershipPause.updateMany({ where: { id: pause.id, status: "SCHEDULED" }, data: { status: "ACTIVE", startedAt: now } });
            // Withdrawn while this run waited for the partnership's lock.
            if (count !== 1) throw new StalePause();
          },
          notify: (access) =>
            [access.member.memberId, access.partner.memberId].map((memberId) => ({ memberId, type: "PAUSE_STARTED", data: { partnershipId: pause.partnershipId, fromMemberId: null, at: row.endsAt.getTime(), timeZone, from: null } })),
        },
        now,
      );
      return after !== null;
    }).catch(staleIsNothing);
    if (done) started++;
  }
  return started;
}

/** Running pauses whose end has come: the partnership picks up again (RESUME, how AUTOMATICALLY), with a welcome back to each. */
export async function endPausesDue(db: Db, now: Date): Promise<number> {
  const due = await db.partnershipPause.findMany({
    where: { status: "ACTIVE", endsAt: { lte: now } },
    orderBy: [{ endsAt: "asc" }, { id: "asc" }],
    take: clockBatch,
    select: { id: true, partnershipId: true },
  });
  let resumed = 0;
  for (const pause of due) {
    const done = await db.$transaction(async (tx) => {
      let notices: Notice[] = [];
      const after = await runTimedTransition(
        tx,
        {
          partnershipId: pause.partnershipId,
          action: "RESUME",
          data: { pauseId: pause.id, how: "AUTOMATICALLY" },
          only: ["PAUSED"],
          apply: async (inner, access) => {
            const { count } = await inner.partnershipPause.updateMany({ where: { id: pause.id, status: "ACTIVE" }, data: { status: "ENDED", endedAt: now, endedHow: "AUTOMATICALLY" } });
            // Resumed early meanwhile and paused again since: this pause is no longer the running one.
            if (count !== 1) throw new StalePause();
            await withdrawPendingExtensions(inner, pause.id, now);
            notices = await resumeNotices(inner, access, now);
          },
          notify: () => notices,
        },
        now,
      );
      return after !== null;
    }).catch(staleIsNothing);
    if (done) resumed++;
  }
  return resumed;
}

