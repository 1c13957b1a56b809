import "server-only";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc/init";
import { zMarkReadInput } from "./schemas";
import * as notifications from "./service";

export const notificationsRouter = createTRPCRouter({
  list: protectedProcedure.query(({ ctx }) => notifications.listNotifications(ctx.db, ctx.session.user.id)),
  unreadCount: protectedProcedure.query(({ ctx }) => notifications.unreadCount(ctx.db, ctx.session.user.id)),
  markRead: protectedProcedure.input(zMarkReadInput).mutation(({ ctx, input }) => notifications.markRead(ctx.db, ctx.session.user.id, input.ids)),
});
