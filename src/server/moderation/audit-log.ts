import "server-only";
import type { Db } from "@/server/db/client";
import type { ModerationActionType } from "@/generated/prisma/client";
import { nameOf } from "./subject-context";

export const auditPageSize = 50;

export type AuditEntry = { id: string; type: ModerationActionType; reason: string; at: Date; moderatorName: string; memberName: string; reportId: string | null };

/** Every moderator action, newest first, a page at a time: who acted, on whom, when and why. */
export async function auditLog(db: Db, page: number): Promise<{ items: AuditEntry[]; hasMore: boolean }> {
  const rows = await db.moderationAction.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: page * auditPageSize,
    take: auditPageSize + 1,
    select: { id: true, type: true, reason: true, createdAt: true, reportId: true, moderator: { select: { displayName: true, status: true } }, member: { select: { displayName: true, status: true } } },
  });
  const items = rows.slice(0, auditPageSize).map((row) => ({
    id: row.id,
    type: row.type,
    reason: row.reason,
    at: row.createdAt,
    moderatorName: nameOf(row.moderator),
    memberName: nameOf(row.member),
    reportId: row.reportId,
  }));
  return { items, hasMore: rows.length > auditPageSize };
}
