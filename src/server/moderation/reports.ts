import "server-only";
import type { Db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import type { ModerationActionType, ReportCategory, ReportStatus, ReportSubject } from "@/generated/prisma/client";
import { nameOf, subjectContext, type SubjectContext } from "./subject-context";

export const queuePageSize = 25;
const priorActionsLimit = 50;

const who = { select: { displayName: true, status: true } } as const;

export type QueueItem = {
  id: string;
  status: ReportStatus;
  category: ReportCategory;
  subject: ReportSubject;
  reportedName: string;
  createdAt: Date;
  resolvedAt: Date | null;
};

/** Open reports first, oldest first (the longest waiting at the top), then decided ones; a page at a time. */
export async function reportQueue(db: Db, page: number): Promise<{ items: QueueItem[]; open: number; hasMore: boolean }> {
  const [rows, open] = await Promise.all([
    db.report.findMany({
      // The enum sorts in declaration order, so OPEN comes first.
      orderBy: [{ status: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      skip: page * queuePageSize,
      take: queuePageSize + 1,
      select: { id: true, status: true, category: true, subject: true, createdAt: true, resolvedAt: true, reported: who },
    }),
    db.report.count({ where: { status: "OPEN" } }),
  ]);
  const items = rows.slice(0, queuePageSize).map(({ reported, ...row }) => ({ ...row, reportedName: nameOf(reported) }));
  return { items, open, hasMore: rows.length > queuePageSize };
}

export type PriorAction = { type: ModerationActionType; reason: string; at: Date; moderatorName: string; reportId: string | null };

export type ReportContext = {
  id: string;
  status: ReportStatus;
  category: ReportCategory;
  details: string;
  subject: ReportSubject;
  createdAt: Date;
  resolvedAt: Date | null;
  reporterName: string;
  /** The reported member: id (for unsuspending) and display name; never the email. */
  reported: { id: string; name: string; status: string } | null;
  context: SubjectContext;
  /** What moderators did about this member before, newest first. */
  history: PriorAction[];
};

/** One report with only what it concerns (see SubjectContext), and the audit log about the reported member. */
export async function reportContext(db: Db, reportId: string): Promise<ReportContext> {
  const report = await db.report.findUnique({
    where: { id: reportId },
    select: {
      id: true,
      status: true,
      category: true,
      details: true,
      subject: true,
      subjectId: true,
      createdAt: true,
      resolvedAt: true,
      reportedId: true,
      reporter: who,
      reported: { select: { id: true, displayName: true, status: true } },
    },
  });
  if (!report) throw new AppError("NOT_FOUND", "We couldn't find that report.");
  const [context, history] = await Promise.all([
    subjectContext(db, report),
    report.reportedId
      ? db.moderationAction.findMany({
          where: { memberId: report.reportedId },
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          take: priorActionsLimit,
          select: { type: true, reason: true, createdAt: true, reportId: true, moderator: who },
        })
      : [],
  ]);
  const { reporter, reported, subjectId: _subjectId, reportedId: _reportedId, ...rest } = report;
  return {
    ...rest,
    reporterName: nameOf(reporter),
    reported: reported ? { id: reported.id, name: nameOf(reported), status: reported.status } : null,
    context,
    history: history.map((a) => ({ type: a.type, reason: a.reason, at: a.createdAt, moderatorName: nameOf(a.moderator), reportId: a.reportId })),
  };
}
