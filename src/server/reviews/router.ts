import "server-only";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc/init";
import { zListReviewsInput, zReviewIdInput, zSubmitReviewInput } from "@/shared/reviews/schemas";
import { renegotiateFromReview } from "./renegotiate";
import * as reviews from "./service";

export const reviewsRouter = createTRPCRouter({
  /** A partnership's reviews, latest first: dates, kind, status and whether each partner answered. */
  list: protectedProcedure.input(zListReviewsInput).query(({ ctx, input }) => reviews.listReviews(ctx.db, ctx.session.user.id, input.partnershipId)),
  /** One review: the caller's own answers; the partner's only once both have answered. */
  get: protectedProcedure.input(zReviewIdInput).query(({ ctx, input }) => reviews.getReview(ctx.db, ctx.session.user.id, input.reviewId)),
  /** The caller's private answers, once; the second partner's answers reveal both. */
  submit: protectedProcedure.input(zSubmitReviewInput).mutation(({ ctx, input }) => reviews.submitReview(ctx.db, ctx.session.user.id, input)),
  /** From a revealed review: opens an amendment draft prefilled with both proposals (or hands back the one already open). */
  renegotiate: protectedProcedure.input(zReviewIdInput).mutation(({ ctx, input }) => renegotiateFromReview(ctx.db, ctx.session.user.id, input.reviewId)),
});
