import "server-only";
import { z } from "zod";
import type { Tx } from "@/server/db/client";
import { reviewCadences } from "@/shared/agreement/fields";
import { pausedPeriods } from "@/shared/check-ins/pauses";
import type { ReviewClock, ReviewTerms } from "@/shared/reviews/schedule";

const zReviewFields = z.object({
  fields: z.object({
    reviewCadence: z.enum(reviewCadences.map((c) => c.value) as [string, ...string[]]).catch("QUARTERLY"),
    trialReview: z.boolean().catch(false),
  }),
});

/** The review cadence and trial choice of the agreement in force; null without one. */
export async function reviewTermsOf(tx: Tx, partnershipId: string): Promise<ReviewTerms | null> {
  const version = await tx.agreementVersion.findFirst({ where: { partnershipId, status: "IN_FORCE" }, select: { content: true } });
  if (!version) return null;
  const parsed = zReviewFields.safeParse(version.content);
  const fields = parsed.success ? parsed.data.fields : { reviewCadence: "QUARTERLY", trialReview: false };
  return { cadence: fields.reviewCadence === "EVERY_6_WEEKS" ? "EVERY_6_WEEKS" : "QUARTERLY", trial: fields.trialReview };
}

/** When the partnership was activated and its paused periods, from the timeline; null if never activated. */
export async function reviewClockOf(tx: Tx, partnershipId: string): Promise<ReviewClock | null> {
  const marks = await tx.partnershipEvent.findMany({
    where: { partnershipId, type: { in: ["ACTIVATED", "PAUSED", "RESUMED", "ENDED"] } },
    select: { type: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  const activated = marks.find((m) => m.type === "ACTIVATED");
  if (!activated) return null;
  return { activatedAt: activated.createdAt, paused: pausedPeriods(marks) };
}
