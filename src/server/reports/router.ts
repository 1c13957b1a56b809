import "server-only";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc/init";
import { zCreateReportInput, zReportAboutInput } from "@/shared/reports/schemas";
import { createReport, reportTarget } from "./service";

export const reportsRouter = createTRPCRouter({
  /** Who the report page is about, if the caller may report them there; NOT_FOUND otherwise. */
  target: protectedProcedure.input(zReportAboutInput).query(({ ctx, input }) => reportTarget(ctx.db, ctx.session.user.id, input)),
  create: protectedProcedure.input(zCreateReportInput).mutation(({ ctx, input }) => createReport(ctx.db, ctx.session.user.id, input)),
});
