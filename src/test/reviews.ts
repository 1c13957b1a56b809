/** Reviews for tests: an active partnership with a review open, made directly (the job looks at every partnership). */
import type { Db } from "@/server/db/client";
import { checkInPartnership } from "./check-ins";

const week = 7 * 24 * 60 * 60 * 1000;

/** Moves the partnership's activation `weeks` weeks back, as if it had been active that long. */
export async function activatedWeeksAgo(db: Db, partnershipId: string, weeks: number, now = new Date()) {
  const activatedAt = new Date(now.getTime() - weeks * week);
  await db.partnershipEvent.updateMany({ where: { partnershipId, type: "ACTIVATED" }, data: { createdAt: activatedAt } });
  return activatedAt;
}

/** An OPEN review in the partnership (an active one with an agreement in force is made when none is given). */
export async function openReview<M extends { id: string }>(db: Db, existing?: { partnershipId: string; sender: M; recipient: M }) {
  const p = await checkInPartnership(db, existing);
  await activatedWeeksAgo(db, p.partnershipId, 14);
  const review = await db.partnershipReview.create({
    data: { partnershipId: p.partnershipId, kind: "QUARTERLY", number: 1, dueAt: new Date(Date.now() - week) },
    select: { id: true },
  });
  await db.partnershipEvent.create({ data: { partnershipId: p.partnershipId, type: "REVIEW_DUE", data: { reviewId: review.id, trial: false } } });
  return { ...p, reviewId: review.id };
}

/** A valid `reviews.submit` input. */
export const reviewAnswers = (reviewId: string, preference: "CONTINUE" | "RENEGOTIATE" | "PAUSE" | "END" = "CONTINUE", change = "Meet on Sundays instead.") => ({
  reviewId,
  commitment: 4,
  scheduleFit: 3,
  values: 5,
  communication: 4,
  working: "Our calls keep me going.",
  change,
  preference,
});
