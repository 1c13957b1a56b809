import "server-only";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc/init";
import { getRelay } from "@/server/realtime/process-relay";
import { agreementHistory } from "./history-read";
import { agreementUpdates } from "./live";
import { agreementPresence, sharePresence } from "./presence";
import { zAgreementInput, zPresenceInput, zPushInput, zUpdatesInput } from "./schemas";
import * as agreements from "./service";

export const agreementRouter = createTRPCRouter({
  load: protectedProcedure.input(zAgreementInput).query(({ ctx, input }) => agreements.loadAgreement(ctx.db, ctx.session.user.id, input.partnershipId)),
  push: protectedProcedure.input(zPushInput).mutation(({ ctx, input }) => agreements.pushUpdate(ctx.db, ctx.session.user.id, input)),
  updates: protectedProcedure.input(zUpdatesInput).subscription(({ ctx, input, signal }) => agreementUpdates(ctx.db, getRelay(), ctx.session.user.id, input, signal)),
  sharePresence: protectedProcedure.input(zPresenceInput).mutation(({ ctx, input }) => sharePresence(ctx.db, ctx.session.user.id, input)),
  presence: protectedProcedure.input(zAgreementInput).subscription(({ ctx, input, signal }) => agreementPresence(ctx.db, getRelay(), ctx.session.user.id, input, signal)),
  history: protectedProcedure.input(zAgreementInput).query(({ ctx, input }) => agreementHistory(ctx.db, ctx.session.user.id, input.partnershipId)),
});
