import "server-only";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc/init";
import { zAgreementInput, zPushInput } from "./schemas";
import * as agreements from "./service";

export const agreementRouter = createTRPCRouter({
  load: protectedProcedure.input(zAgreementInput).query(({ ctx, input }) => agreements.loadAgreement(ctx.db, ctx.session.user.id, input.partnershipId)),
  push: protectedProcedure.input(zPushInput).mutation(({ ctx, input }) => agreements.pushUpdate(ctx.db, ctx.session.user.id, input)),
});
