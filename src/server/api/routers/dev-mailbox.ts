import "server-only";
import { createTRPCRouter, publicProcedure } from "@/server/api/trpc";
import { listDevMailbox, zDevMailboxQuery } from "@/server/mail/dev-mailbox";

export const devMailboxRouter = createTRPCRouter({
  list: publicProcedure.input(zDevMailboxQuery).query(({ ctx, input }) => listDevMailbox(ctx.db, input)),
});
