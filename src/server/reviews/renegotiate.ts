import "server-only";
import type { Db, Tx } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { openAmendment, type AmendmentPrefill } from "@/server/agreements/amendments";
import type { PartnershipAccess } from "@/server/partnerships/access";
import type { TextSectionId } from "@/shared/agreement/sections";
import { orderPartners } from "@/shared/agreement/sections";
import { asReviewNotFound, lockedReview, partnershipOfReview, reviewNotFound } from "./access";

/**
 * Where "what I'd change" goes in the draft: "How we talk to each other" is the free-text part
 * about how the two work together, which suits a proposal about anything; goals and boundaries
 * belong to one partner each, and the check-in questions are read as a list.
 */
export const reviewProposalSection: TextSectionId = "communication";

const dateText = (at: Date) => at.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** The marked paragraph: "From our review (5 January 2027):" then each partner's proposal, in agreement order. */
export function reviewProposalParagraph(at: Date, proposals: { name: string; change: string }[]): string {
  const lines = proposals.filter((p) => p.change.trim().length > 0).map((p) => `${p.name}: ${p.change.trim()}`);
  return lines.length ? [`From our review (${dateText(at)}):`, ...lines].join("\n") : "";
}

async function prefillFrom(tx: Tx, access: PartnershipAccess, reviewId: string): Promise<AmendmentPrefill> {
  const review = await lockedReview(tx, access, reviewId);
  if (review.status !== "REVEALED") throw new AppError("PRECONDITION", "You can change your agreement from a review once you've both answered it.");
  const answers = await tx.reviewAnswer.findMany({ where: { reviewId }, select: { memberId: true, change: true, member: { select: { displayName: true } } } });
  const ordered = orderPartners(access.member, access.partner).map((m) => answers.find((a) => a.memberId === m.memberId));
  const proposals = ordered.flatMap((a) => (a ? [{ name: a.member.displayName, change: a.change }] : []));
  return { section: reviewProposalSection, paragraph: reviewProposalParagraph(review.revealedAt ?? review.dueAt, proposals) };
}

/**
 * Opens an amendment draft from a revealed review, prefilled with what both partners proposed to
 * change. With an amendment already open nothing is added: its draft is handed back with
 * `opened: false`, so the page can say so and link to it.
 */
export async function renegotiateFromReview(db: Db, memberId: string, reviewId: string): Promise<{ partnershipId: string; draftId: string; opened: boolean }> {
  const partnershipId = await partnershipOfReview(db, reviewId);
  if (!partnershipId) throw reviewNotFound();
  const result = await asReviewNotFound(() => openAmendment(db, memberId, { partnershipId }, { prefill: (tx, access) => prefillFrom(tx, access, reviewId), reuseOpen: true }));
  return { partnershipId, ...result };
}
