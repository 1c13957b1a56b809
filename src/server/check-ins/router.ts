import "server-only";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc/init";
import { zAnswerCheckInInput, zCheckInProgressInput, zGetCheckInInput, zListCheckInsInput, zLogCheckInInput } from "@/shared/check-ins/schemas";
import { getProgress } from "./progress";
import * as checkIns from "./service";

export const checkInsRouter = createTRPCRouter({
  /** The last 14 days' check-ins and the next one, each logged or not. */
  list: protectedProcedure.input(zListCheckInsInput).query(({ ctx, input }) => checkIns.listCheckIns(ctx.db, ctx.session.user.id, input.partnershipId)),
  /** One check-in: the caller's own answers in full, the partner's shared answers only. */
  get: protectedProcedure.input(zGetCheckInInput).query(({ ctx, input }) => checkIns.getCheckIn(ctx.db, ctx.session.user.id, input.partnershipId, input.checkInId)),
  /** Either partner records that a check-in happened; logging one already logged joins it. */
  log: protectedProcedure.input(zLogCheckInInput).mutation(({ ctx, input }) => checkIns.logCheckIn(ctx.db, ctx.session.user.id, input)),
  /** Saves the caller's own answers to a logged check-in. */
  answer: protectedProcedure.input(zAnswerCheckInInput).mutation(({ ctx, input }) => checkIns.answerCheckIn(ctx.db, ctx.session.user.id, input)),
  /** The last twelve weeks and the milestones reached; the partner's private mood and energy left out. */
  progress: protectedProcedure.input(zCheckInProgressInput).query(({ ctx, input }) => getProgress(ctx.db, ctx.session.user.id, input.partnershipId)),
});
