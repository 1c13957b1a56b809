import "server-only";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc/init";
import { zMarkReadInput, zMarkReadOnPageInput, zSetPreferencesInput } from "./schemas";
import * as preferences from "./preferences";
import * as notifications from "./service";

export const notificationsRouter = createTRPCRouter({
  list: protectedProcedure.query(({ ctx }) => notifications.listNotifications(ctx.db, ctx.session.user.id)),
  unreadCount: protectedProcedure.query(({ ctx }) => notifications.unreadCount(ctx.db, ctx.session.user.id)),
  markRead: protectedProcedure.input(zMarkReadInput).mutation(({ ctx, input }) => notifications.markRead(ctx.db, ctx.session.user.id, input.ids)),
  markReadOnPage: protectedProcedure.input(zMarkReadOnPageInput).mutation(({ ctx, input }) => notifications.markReadOnPage(ctx.db, ctx.session.user.id, input.path)),
  preferences: protectedProcedure.query(({ ctx }) => preferences.getPreferences(ctx.db, ctx.session.user.id)),
  setPreferences: protectedProcedure.input(zSetPreferencesInput).mutation(({ ctx, input }) => preferences.setPreferences(ctx.db, ctx.session.user.id, input)),
});
