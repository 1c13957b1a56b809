import "server-only";
import type { Db, Tx } from "@/server/db/client";
import { AppError, isAppError } from "@/server/errors";
import { withPartnership, type PartnershipAccess } from "@/server/partnerships/access";

export const reviewNotFound = () => new AppError("NOT_FOUND", "We couldn't find that review.");

const reviewSelect = { id: true, partnershipId: true, kind: true, number: true, dueAt: true, status: true, revealedAt: true, nextStep: true } as const;

export type LockedReview = {
  id: string;
  partnershipId: string;
  kind: "TRIAL" | "QUARTERLY";
  number: number;
  dueAt: Date;
  status: "OPEN" | "REVEALED" | "CLOSED";
  revealedAt: Date | null;
  nextStep: "CONTINUE" | "RENEGOTIATE" | "PAUSE" | "END" | null;
};

/** The partnership a review belongs to, or null: read without a lock, only to know what to lock. */
export async function partnershipOfReview(db: Db, reviewId: string): Promise<string | null> {
  const row = await db.partnershipReview.findUnique({ where: { id: reviewId }, select: { partnershipId: true } });
  return row?.partnershipId ?? null;
}

/** The review read again under the partnership lock (it cannot move to another partnership, but it may have changed). */
export async function lockedReview(tx: Tx, access: PartnershipAccess, reviewId: string): Promise<LockedReview> {
  const review = await tx.partnershipReview.findFirst({ where: { id: reviewId, partnershipId: access.partnership.id }, select: reviewSelect });
  if (!review) throw reviewNotFound();
  return review;
}

/**
 * Maps any NOT_FOUND from the partnership lock to the review's own, so a stranger, a blocked
 * partner and a review id that doesn't exist all get exactly the same answer.
 */
export async function asReviewNotFound<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isAppError(error) && error.appCode === "NOT_FOUND") throw reviewNotFound();
    throw error;
  }
}

/** Runs `work` with the review's partnership locked for this member and the review read under the lock. */
export async function withReview<T>(db: Db, memberId: string, reviewId: string, work: (tx: Tx, access: PartnershipAccess, review: LockedReview) => Promise<T>): Promise<T> {
  const partnershipId = await partnershipOfReview(db, reviewId);
  if (!partnershipId) throw reviewNotFound();
  return asReviewNotFound(() => withPartnership(db, { partnershipId, memberId }, async (tx, access) => work(tx, access, await lockedReview(tx, access, reviewId))));
}
