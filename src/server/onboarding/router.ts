import "server-only";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc/init";
import { zFinishInput, zOpenToMatchingInput, zProfileUpdate, zSaveStepInput } from "@/shared/onboarding/schemas";
import * as onboarding from "./service";

export const onboardingRouter = createTRPCRouter({
  state: protectedProcedure.query(({ ctx }) => onboarding.getOnboardingState(ctx.db, ctx.session.user.id)),
  saveStep: protectedProcedure.input(zSaveStepInput).mutation(({ ctx, input }) => onboarding.saveStep(ctx.db, ctx.session.user.id, input)),
  finish: protectedProcedure.input(zFinishInput).mutation(({ ctx, input }) => onboarding.finishOnboarding(ctx.db, ctx.session.user.id, input.openToMatching)),
  setOpenToMatching: protectedProcedure
    .input(zOpenToMatchingInput)
    .mutation(({ ctx, input }) => onboarding.setOpenToMatching(ctx.db, ctx.session.user.id, input.open)),
  updateProfile: protectedProcedure.input(zProfileUpdate).mutation(({ ctx, input }) => onboarding.updateProfile(ctx.db, ctx.session.user.id, input)),
});
