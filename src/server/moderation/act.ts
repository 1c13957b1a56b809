import "server-only";
import type { z } from "zod";
import type { Db, Tx } from "@/server/db/client";
import { retryOnConflict } from "@/server/db/retry";
import { AppError } from "@/server/errors";
import { log } from "@/server/log";
import { notify } from "@/server/notifications/service";
import { endQuietly } from "@/server/partnerships/transitions";
import { closeOtherRequests } from "@/server/requests/close";
import type { zActInput, zUnsuspendInput } from "@/shared/moderation/schemas";
import { actOnReport, unsuspendRefusal, type ActRefusal, type MemberStanding, type ReportStatus, type UnsuspendRefusal } from "./rules";

const reportNotFound = () => new AppError("NOT_FOUND", "We couldn't find that report.");
const memberNotFound = () => new AppError("NOT_FOUND", "We couldn't find that member.");

const actRefusals: Record<ActRefusal, () => AppError> = {
  ABOUT_YOURSELF: () => new AppError("FORBIDDEN", "This report is about you, so another moderator needs to decide it."),
  YOUR_OWN_REPORT: () => new AppError("FORBIDDEN", "You sent this report yourself, so another moderator needs to decide it."),
  ALREADY_RESOLVED: () => new AppError("CONFLICT", "This report has already been decided. Reload the page to see what was done."),
  MEMBER_GONE: () => new AppError("PRECONDITION", "This member has deleted their account, so the report can only be dismissed."),
};

const unsuspendRefusals: Record<UnsuspendRefusal, () => AppError> = {
  YOURSELF: () => new AppError("FORBIDDEN", "You can't lift a suspension on your own account."),
  NOT_SUSPENDED: () => new AppError("CONFLICT", "This member isn't suspended. Reload the page to see where things stand."),
};

/** Locks one row of `member` and reads where they stand; GONE when there is no such row. */
async function lockMember(tx: Tx, memberId: string | null): Promise<MemberStanding> {
  if (!memberId) return "GONE";
  const [row] = await tx.$queryRaw<{ status: MemberStanding }[]>`SELECT status::text AS status FROM member WHERE id = ${memberId} FOR UPDATE`;
  return row?.status ?? "GONE";
}

/**
 * Suspension, inside the moderator's transaction: the member can't sign in (status, and every
 * session revoked by the version bump), their partnerships end quietly (no notice, no reason shown
 * to the partner), their pending requests close, and the matching pool drops them (a trigger on
 * member follows the status).
 */
async function suspend(tx: Tx, memberId: string, now: Date): Promise<void> {
  await tx.member.update({ where: { id: memberId }, data: { status: "SUSPENDED", sessionVersion: { increment: 1 } } });
  await endQuietly(tx, { memberId }, now);
  await closeOtherRequests(tx, [memberId], now);
}

/**
 * Decides an open report: its status, one audit row (who, when, why) and the action's effect, in
 * one transaction. The report row is locked first, so of two moderators acting at once the second
 * finds it decided (CONFLICT) and writes nothing.
 */
export async function actOnReportAs(db: Db, moderatorId: string, input: z.output<typeof zActInput>, now = new Date()): Promise<{ status: ReportStatus }> {
  const status = await retryOnConflict(() =>
    db.$transaction(async (tx) => {
      const [report] = await tx.$queryRaw<{ id: string; status: ReportStatus; reporterId: string | null; reportedId: string | null }[]>`
        SELECT id, status::text AS status, "reporterId", "reportedId" FROM report WHERE id = ${input.reportId} FOR UPDATE`;
      if (!report) throw reportNotFound();
      const reported = await lockMember(tx, report.reportedId);
      const result = actOnReport(
        { status: report.status, aboutModerator: report.reportedId === moderatorId, byModerator: report.reporterId === moderatorId, reported },
        input.action,
      );
      if (!result.ok) throw actRefusals[result.reason]();

      await tx.report.update({ where: { id: report.id }, data: { status: result.status, resolvedAt: now } });
      await tx.moderationAction.create({ data: { moderatorId, memberId: report.reportedId, reportId: report.id, type: input.action, reason: input.reason, createdAt: now } });
      if (report.reportedId && input.action === "WARN") await notify(tx, { memberId: report.reportedId, type: "MODERATOR_WARNING", data: {} });
      if (report.reportedId && input.action === "SUSPEND") await suspend(tx, report.reportedId, now);
      return result.status;
    }),
  );
  log.info({ reportId: input.reportId, action: input.action }, "moderator decided a report");
  return { status };
}

/** Lifts a suspension: the member may sign in again. Partnerships that ended stay ended. */
export async function unsuspendMember(db: Db, moderatorId: string, input: z.output<typeof zUnsuspendInput>, now = new Date()): Promise<{ status: "ACTIVE" }> {
  await retryOnConflict(() =>
    db.$transaction(async (tx) => {
      const member = await lockMember(tx, input.memberId);
      if (member === "GONE") throw memberNotFound();
      const refusal = unsuspendRefusal({ self: input.memberId === moderatorId, member });
      if (refusal) throw unsuspendRefusals[refusal]();
      await tx.member.update({ where: { id: input.memberId }, data: { status: "ACTIVE" } });
      await tx.moderationAction.create({ data: { moderatorId, memberId: input.memberId, type: "UNSUSPEND", reason: input.reason, createdAt: now } });
    }),
  );
  log.info({ memberId: input.memberId }, "moderator lifted a suspension");
  return { status: "ACTIVE" };
}
