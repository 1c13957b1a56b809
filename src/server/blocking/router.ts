import "server-only";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc/init";
import { zBlockInput } from "@/shared/blocks/schemas";
import * as blocks from "./service";

export const blocksRouter = createTRPCRouter({
  block: protectedProcedure.input(zBlockInput).mutation(({ ctx, input }) => blocks.blockMember(ctx.db, { blockerId: ctx.session.user.id, blockedId: input.memberId })),
  unblock: protectedProcedure.input(zBlockInput).mutation(({ ctx, input }) => blocks.unblockMember(ctx.db, { blockerId: ctx.session.user.id, blockedId: input.memberId })),
  list: protectedProcedure.query(({ ctx }) => blocks.listBlocks(ctx.db, ctx.session.user.id)),
});
