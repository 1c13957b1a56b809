import "server-only";
import type { Db } from "@/server/db/client";
import { withPartnership } from "@/server/partnerships/access";
import { occurrenceLimit, occurrencesBetween } from "@/shared/check-ins/occurrences";
import { feelingsOf, lastWeeks, milestonesReached, weeklyProgress } from "@/shared/check-ins/progress";
import { checkInTerms } from "./agreement-in-force";

/**
 * A partnership's progress for one of its two members (strangers and blocked pairs get NOT_FOUND,
 * as everywhere in check-ins): the last twelve weeks in the viewer's timezone, and the milestones
 * reached so far. Every read is bounded: the twelve weeks hold at most `occurrenceLimit` check-ins
 * (one per planned occurrence), and the milestones need only the first and tenth check-in.
 */
export async function getProgress(db: Db, memberId: string, partnershipId: string, now = new Date()) {
  return withPartnership(db, { partnershipId, memberId }, async (tx, access) => {
    const status = access.partnership.status;
    const viewer = await tx.member.findUniqueOrThrow({ where: { id: memberId }, select: { timezone: true } });
    const zone = viewer.timezone;
    const terms = status === "DRAFTING" ? null : await checkInTerms(tx, access);
    const weeks = lastWeeks(zone, now);
    const from = weeks[0]?.start ?? now;
    const to = weeks[weeks.length - 1]?.end ?? now;
    const partnership = access.partnership.id;

    // One query at a time: the transaction holds a single connection.
    const checkIns = await tx.checkIn.findMany({
      where: { partnershipId: partnership, occurrenceStart: { gte: from, lt: to } },
      orderBy: { occurrenceStart: "asc" },
      take: occurrenceLimit,
      // Mood and energy of both, privacy flag included: feelingsOf drops the partner's private ones.
      select: { occurrenceStart: true, answers: { select: { memberId: true, mood: true, energy: true, moodPrivate: true, commitmentsDone: true } } },
    });
    const nthCheckIn = (n: number) =>
      tx.checkIn.findFirst({ where: { partnershipId: partnership }, orderBy: { occurrenceStart: "asc" }, skip: n - 1, select: { occurrenceStart: true } });
    const first = await nthCheckIn(1);
    const tenth = first ? await nthCheckIn(10) : null;
    const total = await tx.checkIn.count({ where: { partnershipId: partnership } });
    const paused = terms?.paused ?? [];
    const plannedStarts = terms ? occurrencesBetween(terms.rhythm, { from, to, paused }).map((o) => o.start) : [];

    return {
      status,
      timeZone: zone,
      totalCheckIns: total,
      weeks: weeklyProgress(weeks, checkIns, { viewerId: memberId, paused, plannedStarts }),
      feelings: feelingsOf(checkIns, memberId),
      milestones: milestonesReached({ first: first?.occurrenceStart ?? null, tenth: tenth?.occurrenceStart ?? null, zone, now }),
    };
  });
}

export type CheckInProgress = Awaited<ReturnType<typeof getProgress>>;
