import "server-only";
import { createTRPCRouter, protectedProcedure, publicProcedure } from "@/server/trpc/init";
import { zChangePasswordInput, zRequestResetInput, zResetPasswordInput, zSignUpInput, zVerifyEmailInput } from "@/shared/accounts/schemas";
import * as accounts from "./service";

export const accountRouter = createTRPCRouter({
  signUp: publicProcedure.input(zSignUpInput).mutation(({ ctx, input }) => accounts.signUp(ctx.db, input, ctx.ip)),
  verifyEmail: publicProcedure.input(zVerifyEmailInput).mutation(({ ctx, input }) => accounts.verifyEmail(ctx.db, input.token)),
  resendVerification: protectedProcedure.mutation(({ ctx }) => accounts.resendVerification(ctx.db, ctx.session.user.id)),
  requestPasswordReset: publicProcedure.input(zRequestResetInput).mutation(({ ctx, input }) => accounts.requestPasswordReset(ctx.db, input.email)),
  resetPassword: publicProcedure.input(zResetPasswordInput).mutation(({ ctx, input }) => accounts.resetPassword(ctx.db, input)),
  changePassword: protectedProcedure.input(zChangePasswordInput).mutation(async ({ ctx, input }) => {
    const member = await accounts.changePassword(ctx.db, ctx.session.user.id, input);
    await ctx.renewSession(member);
    return { status: "changed" as const };
  }),
  signOutEverywhere: protectedProcedure.mutation(async ({ ctx }) => {
    const member = await accounts.signOutEverywhere(ctx.db, ctx.session.user.id);
    await ctx.renewSession(member);
    return { status: "signed-out-elsewhere" as const };
  }),
  me: protectedProcedure.query(({ ctx }) => accounts.getMe(ctx.db, ctx.session.user.id)),
});
