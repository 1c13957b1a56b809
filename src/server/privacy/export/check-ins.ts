import "server-only";
import { ownView } from "@/server/check-ins/answer-views";
import { exportLimits, whoIs, type ExportSection } from "./section";

/** The check-ins of the member's partnerships, with their own answers in full (the partner's stay theirs). */
export const checkInsSection: ExportSection = {
  key: "checkIns",
  describes: "Check-ins logged in your partnerships: when and how they happened, who logged them, and your own answers, private ones included. Your partners' answers are theirs and aren't included.",
  read: async (db, memberId) => {
    const rows = await db.checkIn.findMany({
      where: { partnership: { members: { some: { memberId } } } },
      orderBy: { occurrenceStart: "desc" },
      take: exportLimits.checkIns,
      select: {
        partnershipId: true,
        occurrenceStart: true,
        happenedAt: true,
        durationMinutes: true,
        channel: true,
        loggedById: true,
        answers: { where: { memberId }, select: { memberId: true, answers: true, mood: true, energy: true, moodPrivate: true, win: true, winPrivate: true, nextCommitment: true, nextCommitmentPrivate: true, commitmentsDone: true, updatedAt: true } },
      },
    });
    return rows.map((row) => ({
      partnershipId: row.partnershipId,
      plannedStart: row.occurrenceStart,
      happenedAt: row.happenedAt,
      durationMinutes: row.durationMinutes,
      channel: row.channel,
      loggedBy: whoIs(row.loggedById, memberId),
      yourAnswers: row.answers[0] ? ownView(row.answers[0]) : null,
    }));
  },
};
