import "server-only";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc/init";
import { zAnswerPauseInput, zExtendPauseInput, zPartnershipPausesInput, zPauseIdInput, zProposePauseDatesInput, zRequestPauseInput } from "@/shared/pauses/schemas";
import * as pauses from "./service";

export const pausesRouter = createTRPCRouter({
  /** The viewer's view: the open request (its reason only to its author), the planned or running pause, the agreement's terms. */
  current: protectedProcedure.input(zPartnershipPausesInput).query(({ ctx, input }) => pauses.getPauses(ctx.db, ctx.session.user.id, input.partnershipId)),
  /** Ask for a pause: alone where the agreement allows it (now or planned), else the partner answers. */
  request: protectedProcedure.input(zRequestPauseInput).mutation(({ ctx, input }) => pauses.requestPause(ctx.db, ctx.session.user.id, input)),
  /** The partner accepts or declines a request (a pause or an extension). */
  answer: protectedProcedure.input(zAnswerPauseInput).mutation(({ ctx, input }) => pauses.answerPause(ctx.db, ctx.session.user.id, input)),
  /** The partner answers with other dates: the request closes and theirs waits for an answer. */
  proposeDates: protectedProcedure.input(zProposePauseDatesInput).mutation(({ ctx, input }) => pauses.proposePauseDates(ctx.db, ctx.session.user.id, input)),
  /** The member who asked takes back a request or a planned pause. */
  withdraw: protectedProcedure.input(zPauseIdInput).mutation(({ ctx, input }) => pauses.withdrawPause(ctx.db, ctx.session.user.id, input)),
  /** Either partner resumes before the planned day. */
  resume: protectedProcedure.input(zPauseIdInput).mutation(({ ctx, input }) => pauses.resumePause(ctx.db, ctx.session.user.id, input)),
  /** Either partner asks to make the running pause longer. */
  extend: protectedProcedure.input(zExtendPauseInput).mutation(({ ctx, input }) => pauses.extendPause(ctx.db, ctx.session.user.id, input)),
});
