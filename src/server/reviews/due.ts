import "server-only";
import type { Db, Tx } from "@/server/db/client";
import { retryOnConflict } from "@/server/db/retry";
import { notify } from "@/server/notifications/service";
import { recordPartnershipEvent } from "@/server/partnerships/events";
import { dueReviews } from "@/shared/reviews/schedule";
import { reviewClockOf, reviewTermsOf } from "./terms";

/** Active partnerships looked at per query, in id order. */
const batchSize = 100;

/**
 * Creates every review that has fallen due by `now` in ACTIVE partnerships and has no row yet, each
 * with its REVIEW_DUE event and a notice to both partners, one transaction per partnership with
 * the partnership locked. Only the latest cycle is created (see `dueReviews`), and a review of a
 * kind whose later or equal number exists is never created: a duplicate run, or two at once, write
 * nothing more. Returns how many reviews it created.
 */
export async function createDueReviews(db: Db, now = new Date()): Promise<number> {
  let created = 0;
  let after = "";
  for (;;) {
    const batch = await db.partnership.findMany({
      where: { status: "ACTIVE", id: { gt: after }, versions: { some: { status: "IN_FORCE" } } },
      select: { id: true },
      orderBy: { id: "asc" },
      take: batchSize,
    });
    for (const { id } of batch) created += await retryOnConflict(() => db.$transaction((tx) => createDueFor(tx, id, now)));
    if (batch.length < batchSize) return created;
    after = batch[batch.length - 1]!.id;
  }
}

async function createDueFor(tx: Tx, partnershipId: string, now: Date): Promise<number> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM partnership WHERE id = ${partnershipId} AND status = 'ACTIVE' FOR UPDATE`;
  if (locked.length === 0) return 0;
  const [terms, clock] = await Promise.all([reviewTermsOf(tx, partnershipId), reviewClockOf(tx, partnershipId)]);
  if (!terms || !clock) return 0;
  let created = 0;
  for (const due of dueReviews(clock, terms, now)) {
    const existing = await tx.partnershipReview.findFirst({ where: { partnershipId, kind: due.kind, number: { gte: due.number } }, select: { id: true } });
    if (existing) continue;
    const review = await tx.partnershipReview.create({ data: { partnershipId, kind: due.kind, number: due.number, dueAt: due.dueAt }, select: { id: true } });
    const trial = due.kind === "TRIAL";
    await recordPartnershipEvent(tx, { partnershipId, actorId: null, type: "REVIEW_DUE", data: { reviewId: review.id, trial } });
    const members = await tx.partnershipMember.findMany({ where: { partnershipId }, select: { memberId: true } });
    // Delivered as of the real clock (quiet hours), even when a test runs the job "as of" later.
    for (const { memberId } of members) await notify(tx, { memberId, type: "REVIEW_DUE", data: { partnershipId, reviewId: review.id, trial } });
    created++;
  }
  return created;
}
