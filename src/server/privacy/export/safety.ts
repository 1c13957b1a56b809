import "server-only";
import { exportLimits, type ExportSection } from "./section";

/** Members the member blocked, by display name. Blocks made by others are theirs, not in here. */
export const blocksSection: ExportSection = {
  key: "blocks",
  describes: "Members you blocked, by display name, and when.",
  read: async (db, memberId) => {
    const rows = await db.block.findMany({
      where: { blockerId: memberId },
      orderBy: { createdAt: "desc" },
      take: exportLimits.blocks,
      select: { createdAt: true, blocked: { select: { displayName: true } } },
    });
    return rows.map((b) => ({ member: b.blocked.displayName, blockedAt: b.createdAt }));
  },
};

/** Reports the member made: what they wrote, not what moderators decided or who they named. */
export const reportsSection: ExportSection = {
  key: "reports",
  describes: "Reports you made: category, what it was about, your details, and when. What moderators decided is not included.",
  read: async (db, memberId) => {
    const rows = await db.report.findMany({
      where: { reporterId: memberId },
      orderBy: { createdAt: "desc" },
      take: exportLimits.reports,
      select: { category: true, subject: true, details: true, createdAt: true },
    });
    return rows.map((r) => ({ category: r.category, about: r.subject, details: r.details, reportedAt: r.createdAt }));
  },
};
