import "server-only";
import type { Db, Tx } from "@/server/db/client";
import { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/server/errors";
import { notify, settleNotices } from "@/server/notifications/service";
import { readingPartnership, type PartnershipAccess } from "@/server/partnerships/access";
import { recordPartnershipEvent } from "@/server/partnerships/events";
import { nextStepReason, suggestedNextStep } from "@/shared/reviews/next-step";
import { nextReviewDue } from "@/shared/reviews/schedule";
import type { SubmitReviewInput } from "@/shared/reviews/schemas";
import { withReview, type LockedReview } from "./access";
import { reviewClockOf, reviewTermsOf } from "./terms";

/** Reviews shown in a partnership's list: the latest first; there are a few a year. */
const listLimit = 50;

const answerSelect = {
  memberId: true,
  commitment: true,
  scheduleFit: true,
  values: true,
  communication: true,
  working: true,
  change: true,
  preference: true,
  submittedAt: true,
} as const;

export type ReviewAnswerView = Omit<Prisma.ReviewAnswerGetPayload<{ select: typeof answerSelect }>, "memberId">;

const viewOf = ({ memberId: _memberId, ...answer }: Prisma.ReviewAnswerGetPayload<{ select: typeof answerSelect }>): ReviewAnswerView => answer;

/** A partnership's reviews, latest first, with whether each partner has answered (never what). */
export function listReviews(db: Db, memberId: string, partnershipId: string) {
  return readingPartnership(db, { partnershipId, memberId }, async (tx, access) => {
    const reviews = await tx.partnershipReview.findMany({
      where: { partnershipId: access.partnership.id },
      select: { id: true, kind: true, number: true, dueAt: true, status: true, revealedAt: true, nextStep: true, answers: { select: { memberId: true } } },
      orderBy: [{ dueAt: "desc" }, { id: "asc" }],
      take: listLimit,
    });
    return reviews.map(({ answers, ...review }) => ({
      ...review,
      answeredByMe: answers.some((a) => a.memberId === memberId),
      answeredByPartner: answers.some((a) => a.memberId === access.partner.memberId),
    }));
  });
}

/** When the next regular review falls due if they carry on, for "continue"; null without an agreement in force. */
async function nextReviewAt(tx: Tx, partnershipId: string, now: Date): Promise<Date | null> {
  const [terms, clock] = await Promise.all([reviewTermsOf(tx, partnershipId), reviewClockOf(tx, partnershipId)]);
  return terms && clock ? nextReviewDue(clock, terms.cadence, now) : null;
}

/**
 * One review as this member sees it: their own answers; the partner's only once it is REVEALED,
 * before that only whether they have answered. Once revealed, the suggested next step with its
 * reason and the date the next review would fall due.
 */
export function getReview(db: Db, memberId: string, reviewId: string, now = new Date()) {
  return withReview(db, memberId, reviewId, async (tx, access, review) => {
    const answers = await tx.reviewAnswer.findMany({ where: { reviewId: review.id }, select: answerSelect });
    const mine = answers.find((a) => a.memberId === memberId);
    const theirs = answers.find((a) => a.memberId === access.partner.memberId);
    const revealed = review.status === "REVEALED" && mine && theirs;
    return {
      ...review,
      partnershipStatus: access.partnership.status,
      mine: mine ? viewOf(mine) : null,
      partnerAnswered: theirs !== undefined,
      partner: revealed ? viewOf(theirs) : null,
      nextStepReason: revealed ? nextStepReason(mine.preference, theirs.preference) : null,
      nextReviewAt: revealed ? await nextReviewAt(tx, access.partnership.id, now) : null,
    };
  });
}

const refusals = {
  closed: () => new AppError("PRECONDITION", "This review closed when your partnership ended, so it can't take answers any more."),
  revealed: () => new AppError("CONFLICT", "You've both answered this review already. Reload the page to see your answers side by side."),
  alreadyAnswered: () => new AppError("CONFLICT", "You've already sent your answers to this review. They can't be changed, but you can talk about anything new together."),
  notNow: () => new AppError("PRECONDITION", "This partnership isn't going on any more, so its review can't take answers."),
};

function refusalFor(review: LockedReview, access: PartnershipAccess): AppError | null {
  if (review.status === "CLOSED") return refusals.closed();
  if (review.status === "REVEALED") return refusals.revealed();
  if (access.partnership.status !== "ACTIVE" && access.partnership.status !== "PAUSED") return refusals.notNow();
  return null;
}

/**
 * Saves this member's private answers, once (the answer's key is the review and the member; a
 * second try is refused and writes nothing). The second answer reveals both in the same
 * transaction: status REVEALED, the suggested next step, its event and a notice to each partner.
 */
export function submitReview(db: Db, memberId: string, input: SubmitReviewInput, now = new Date()): Promise<{ revealed: boolean }> {
  return withReview(db, memberId, input.reviewId, async (tx, access, review) => {
    const refused = refusalFor(review, access);
    if (refused) throw refused;
    const answers = await tx.reviewAnswer.findMany({ where: { reviewId: review.id }, select: { memberId: true, preference: true } });
    if (answers.some((a) => a.memberId === memberId)) throw refusals.alreadyAnswered();
    const { reviewId, ...answer } = input;
    try {
      await tx.reviewAnswer.create({ data: { reviewId, memberId, ...answer, submittedAt: now } });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw refusals.alreadyAnswered();
      throw error;
    }
    const partnershipId = access.partnership.id;
    await recordPartnershipEvent(tx, { partnershipId, actorId: memberId, type: "REVIEW_SUBMITTED", data: { reviewId } });
    await settleNotices(tx, memberId, ["REVIEW_DUE"], { reviewId }, now);
    const theirs = answers.find((a) => a.memberId === access.partner.memberId);
    if (!theirs) return { revealed: false };

    const nextStep = suggestedNextStep(input.preference, theirs.preference);
    const updated = await tx.partnershipReview.updateMany({ where: { id: reviewId, status: "OPEN" }, data: { status: "REVEALED", revealedAt: now, nextStep } });
    if (updated.count !== 1) throw refusals.revealed();
    await recordPartnershipEvent(tx, { partnershipId, actorId: null, type: "REVIEW_REVEALED", data: { reviewId, nextStep } });
    await notify(tx, { memberId, type: "REVIEW_REVEALED", data: { partnershipId, reviewId, fromMemberId: access.partner.memberId } }, now);
    await notify(tx, { memberId: access.partner.memberId, type: "REVIEW_REVEALED", data: { partnershipId, reviewId, fromMemberId: memberId } }, now);
    return { revealed: true };
  });
}
