import "server-only";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc/init";
import { zUpcomingInput } from "@/shared/calendar/schemas";
import * as feed from "./feed";
import { upcomingCheckIns } from "./upcoming";

export const calendarRouter = createTRPCRouter({
  /** Whether the member's feed link exists; never the link. */
  feed: protectedProcedure.query(({ ctx }) => feed.feedStatus(ctx.db, ctx.session.user.id)),
  /** A new feed link, shown this once; the old one stops working. */
  rotateFeed: protectedProcedure.mutation(({ ctx }) => feed.rotateFeed(ctx.db, ctx.session.user.id)),
  revokeFeed: protectedProcedure.mutation(({ ctx }) => feed.revokeFeed(ctx.db, ctx.session.user.id)),
  upcoming: protectedProcedure.input(zUpcomingInput).query(({ ctx, input }) => upcomingCheckIns(ctx.db, ctx.session.user.id, input?.partnershipId)),
});
