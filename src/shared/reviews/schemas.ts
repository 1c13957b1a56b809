/**
 * What the review procedures accept, shared by the server and the form (so the form's messages are
 * the server's). Member text follows the one plain-text rule; every number and text is bounded.
 */
import { z } from "zod";
import { zId } from "@/shared/ids";
import { zPlainText } from "@/shared/text/plain-text";
import { ratingKeys, reviewLimits, type RatingKey } from "./limits";
import { reviewPreferences } from "./next-step";

export { ratingKeys, reviewLimits, type RatingKey };

const zPartnershipId = zId("partnership");
const zReviewId = zId("review");

const zRating = (what: string) => {
  const message = `Choose how ${what} has felt, from 1 to 5.`;
  return z.number({ error: message }).int(message).min(1, message).max(5, message);
};

const zText = (max: number) => zPlainText().max(max, `Keep this to ${max.toLocaleString("en-GB")} characters or fewer.`);

export const zListReviewsInput = z.object({ partnershipId: zPartnershipId });
export const zReviewIdInput = z.object({ reviewId: zReviewId });

export const zSubmitReviewInput = z.object({
  reviewId: zReviewId,
  commitment: zRating("commitment"),
  scheduleFit: zRating("the schedule"),
  values: zRating("sharing values"),
  communication: zRating("talking together"),
  working: zText(reviewLimits.working),
  change: zText(reviewLimits.change),
  preference: z.enum(reviewPreferences, { error: "Choose what you'd like to do next." }),
});
export type SubmitReviewInput = z.infer<typeof zSubmitReviewInput>;
