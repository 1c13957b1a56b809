import "server-only";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc/init";
import { zRequestIdInput, zSendRequestInput } from "@/shared/requests/schemas";
import * as requests from "./service";

export const requestsRouter = createTRPCRouter({
  list: protectedProcedure.query(({ ctx }) => requests.listRequests(ctx.db, ctx.session.user.id)),
  send: protectedProcedure.input(zSendRequestInput).mutation(({ ctx, input }) => requests.sendRequest(ctx.db, ctx.session.user.id, input)),
  accept: protectedProcedure.input(zRequestIdInput).mutation(({ ctx, input }) => requests.acceptRequest(ctx.db, ctx.session.user.id, input.requestId)),
  decline: protectedProcedure.input(zRequestIdInput).mutation(({ ctx, input }) => requests.declineRequest(ctx.db, ctx.session.user.id, input.requestId)),
  withdraw: protectedProcedure.input(zRequestIdInput).mutation(({ ctx, input }) => requests.withdrawRequest(ctx.db, ctx.session.user.id, input.requestId)),
});
