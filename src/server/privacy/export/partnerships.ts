import "server-only";
import { exportLimits, whoIs, type ExportSection } from "./section";

/** Each partnership's status, dates, partner's display name and the timeline (types and dates only). */
export const partnershipsSection: ExportSection = {
  key: "partnerships",
  describes: "Partnerships you took part in: status, dates, your partner's display name, and the timeline of what happened when.",
  read: async (db, memberId) => {
    const rows = await db.partnership.findMany({
      where: { members: { some: { memberId } } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: exportLimits.partnerships,
      select: {
        id: true,
        status: true,
        createdAt: true,
        endedAt: true,
        members: { select: { memberId: true, joinedAt: true, member: { select: { displayName: true } } } },
        events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: exportLimits.eventsPerPartnership, select: { type: true, actorId: true, createdAt: true } },
      },
    });
    return rows.map((p) => ({
      id: p.id,
      status: p.status,
      startedAt: p.createdAt,
      endedAt: p.endedAt,
      partner: p.members.find((m) => m.memberId !== memberId)?.member.displayName ?? null,
      timeline: p.events.map((e) => ({ type: e.type, by: whoIs(e.actorId, memberId), at: e.createdAt })),
    }));
  },
};
