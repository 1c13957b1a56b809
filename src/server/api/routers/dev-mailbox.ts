import "server-only";
import { createTRPCRouter, publicProcedure } from "@/server/trpc/init";
import { listDevMailbox, zDevMailboxQuery } from "@/server/mail/dev-mailbox";

export const devMailboxRouter = createTRPCRouter({
  list: publicProcedure.input(zDevMailboxQuery).query(({ ctx, input }) => listDevMailbox(ctx.db, input, ctx.ip)),
});
