import "server-only";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc/init";
import { getRelay } from "@/server/realtime/process-relay";
import { agreementHistory } from "./history-read";
import { agreementUpdates } from "./live";
import { agreementPresence, sharePresence } from "./presence";
import { zAgreementInput, zPresenceInput, zProposeInput, zPushInput, zRequestChangesInput, zSignInput, zUpdatesInput, zVersionInput, zWithdrawProposalInput } from "./schemas";
import { versionList, versionRead } from "./version-export";
import { openAmendment, withdrawAmendment } from "./amendments";
import * as agreements from "./service";
import * as signing from "./signing";
import { signingView } from "./signing-view";

export const agreementRouter = createTRPCRouter({
  load: protectedProcedure.input(zAgreementInput).query(({ ctx, input }) => agreements.loadAgreement(ctx.db, ctx.session.user.id, input.partnershipId)),
  push: protectedProcedure.input(zPushInput).mutation(({ ctx, input }) => agreements.pushUpdate(ctx.db, ctx.session.user.id, input)),
  updates: protectedProcedure.input(zUpdatesInput).subscription(({ ctx, input, signal }) => agreementUpdates(ctx.db, getRelay(), ctx.session.user.id, input, signal)),
  sharePresence: protectedProcedure.input(zPresenceInput).mutation(({ ctx, input }) => sharePresence(ctx.db, ctx.session.user.id, input)),
  presence: protectedProcedure.input(zAgreementInput).subscription(({ ctx, input, signal }) => agreementPresence(ctx.db, getRelay(), ctx.session.user.id, input, signal)),
  history: protectedProcedure.input(zAgreementInput).query(({ ctx, input }) => agreementHistory(ctx.db, ctx.session.user.id, input.partnershipId)),
  signing: protectedProcedure.input(zAgreementInput).query(({ ctx, input }) => signingView(ctx.db, ctx.session.user.id, input.partnershipId)),
  propose: protectedProcedure.input(zProposeInput).mutation(({ ctx, input }) => signing.propose(ctx.db, ctx.session.user.id, input)),
  sign: protectedProcedure.input(zSignInput).mutation(({ ctx, input }) => signing.sign(ctx.db, ctx.session.user.id, input)),
  requestChanges: protectedProcedure.input(zRequestChangesInput).mutation(({ ctx, input }) => signing.requestChanges(ctx.db, ctx.session.user.id, input)),
  openAmendment: protectedProcedure.input(zAgreementInput).mutation(({ ctx, input }) => openAmendment(ctx.db, ctx.session.user.id, input)),
  withdrawAmendment: protectedProcedure.input(zAgreementInput).mutation(({ ctx, input }) => withdrawAmendment(ctx.db, ctx.session.user.id, input)),
  versions: protectedProcedure.input(zAgreementInput).query(({ ctx, input }) => versionList(ctx.db, ctx.session.user.id, input.partnershipId)),
  version: protectedProcedure.input(zVersionInput).query(({ ctx, input }) => versionRead(ctx.db, ctx.session.user.id, input)),
  withdrawProposal: protectedProcedure.input(zWithdrawProposalInput).mutation(({ ctx, input }) => signing.withdrawProposal(ctx.db, ctx.session.user.id, input)),
});
