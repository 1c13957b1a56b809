import "server-only";
import type { z } from "zod";
import { blockWithin } from "@/server/blocking/service";
import type { Db } from "@/server/db/client";
import { retryOnConflict } from "@/server/db/retry";
import { AppError } from "@/server/errors";
import { log } from "@/server/log";
import type { zCreateReportInput, zReportAboutInput } from "@/shared/reports/schemas";
import { seenSubject } from "./subject";

/** More than this many reports from one member in a day is not a member asking for help. */
export const reportsPerDay = 10;
const dayMs = 24 * 60 * 60 * 1000;

/** Who a report would be about, for the report page to name them (display name only, never the email). */
export async function reportTarget(db: Db, reporterId: string, input: z.output<typeof zReportAboutInput>): Promise<{ displayName: string }> {
  const { member } = await seenSubject(db, reporterId, input);
  return { displayName: member.displayName };
}

/**
 * Files a report for the moderators. The reporter's row is locked so that the daily bound holds
 * for reports sent at the same moment. The answer is the acknowledgement; the reporter hears
 * nothing more about the outcome (the reported member is never told who reported them).
 */
export async function createReport(db: Db, reporterId: string, input: z.output<typeof zCreateReportInput>, now = new Date()): Promise<{ status: "received"; blocked: boolean }> {
  await retryOnConflict(() =>
    db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM member WHERE id = ${reporterId} FOR UPDATE`;
      const { member, subjectId } = await seenSubject(tx, reporterId, input);
      const recent = await tx.report.count({ where: { reporterId, createdAt: { gt: new Date(now.getTime() - dayMs) } } });
      if (recent >= reportsPerDay) {
        throw new AppError("RATE_LIMITED", `You've sent ${reportsPerDay} reports today, which is as many as we take in a day. If someone is in danger, please use the numbers on the help page now.`);
      }
      await tx.report.create({
        data: { reporterId, reportedId: member.id, category: input.category, details: input.details, subject: input.about, subjectId, createdAt: now },
      });
      // Blocking in the same step (issue 14): both or neither, so a report never leaves a half-done block.
      if (input.alsoBlock) await blockWithin(tx, { blockerId: reporterId, blockedId: member.id }, now);
    }),
  );
  log.info("report received");
  return { status: "received", blocked: input.alsoBlock };
}
