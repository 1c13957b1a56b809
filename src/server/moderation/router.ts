import "server-only";
import { createTRPCRouter, moderatorProcedure } from "@/server/trpc/init";
import { zActInput, zPageInput, zReportIdInput, zUnsuspendInput } from "@/shared/moderation/schemas";
import { actOnReportAs, unsuspendMember } from "./act";
import { auditLog } from "./audit-log";
import { reportContext, reportQueue } from "./reports";

/** The moderators' tools (/admin/reports); to anyone else every procedure here is NOT_FOUND. */
export const moderationRouter = createTRPCRouter({
  queue: moderatorProcedure.input(zPageInput).query(({ ctx, input }) => reportQueue(ctx.db, input.page)),
  report: moderatorProcedure.input(zReportIdInput).query(({ ctx, input }) => reportContext(ctx.db, input.reportId)),
  act: moderatorProcedure.input(zActInput).mutation(({ ctx, input }) => actOnReportAs(ctx.db, ctx.session.user.id, input)),
  unsuspend: moderatorProcedure.input(zUnsuspendInput).mutation(({ ctx, input }) => unsuspendMember(ctx.db, ctx.session.user.id, input)),
  auditLog: moderatorProcedure.input(zPageInput).query(({ ctx, input }) => auditLog(ctx.db, input.page)),
});
