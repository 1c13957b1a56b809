/**
 * A partnership's progress, worked out from its logged check-ins as one member sees it: weeks run
 * Monday to Monday in the viewer's own timezone (so a week across a daylight-saving change is an
 * hour shorter or longer), and a check-in belongs to the week its planned start falls in.
 *
 * Privacy: the partner's mood and energy are left out wherever they kept them private, here, before
 * anything leaves the server (the same rule as answer-views.ts). Commitments ticked off are always
 * shared, so the partner's count is given.
 */
import { DateTime } from "luxon";
import type { PausedPeriod } from "./occurrences";

export const progressWeekCount = 12;

export type WeekSpan = { start: Date; end: Date };

export type LoggedAnswer = { memberId: string; mood: number; energy: number; moodPrivate: boolean; commitmentsDone: readonly number[] };
export type LoggedCheckIn = { occurrenceStart: Date; answers: readonly LoggedAnswer[] };

export type WeekProgress = WeekSpan & {
  /** Check-ins logged for this week's planned times. */
  kept: number;
  /** Check-ins the agreement in force planned this week (pauses left out). */
  planned: number;
  /** Some of this week fell in a pause. */
  paused: boolean;
  commitmentsDone: { you: number; partner: number };
};

export type FeelingPoint = { at: Date; mood: number; energy: number };

export type MilestoneKind = "first-check-in" | "four-weeks" | "ten-check-ins" | "three-months";
export type Milestone = { kind: MilestoneKind; reachedAt: Date };

function localNow(now: Date, zone: string): DateTime {
  const local = DateTime.fromJSDate(now, { zone });
  return local.isValid ? local : DateTime.fromJSDate(now, { zone: "UTC" });
}

/** The last `count` weeks in `zone`, Monday 00:00 to the next Monday 00:00, this week last. */
export function lastWeeks(zone: string, now: Date, count = progressWeekCount): WeekSpan[] {
  const thisMonday = localNow(now, zone).startOf("week");
  return Array.from({ length: count }, (_, i) => {
    const start = thisMonday.minus({ weeks: count - 1 - i });
    return { start: start.toJSDate(), end: start.plus({ weeks: 1 }).toJSDate() };
  });
}

const within = (at: Date, span: WeekSpan) => at.getTime() >= span.start.getTime() && at.getTime() < span.end.getTime();

const overlapsPause = (span: WeekSpan, paused: readonly PausedPeriod[]) =>
  paused.some((p) => p.start.getTime() < span.end.getTime() && (p.end === null || p.end.getTime() > span.start.getTime()));

export function weeklyProgress(
  weeks: readonly WeekSpan[],
  checkIns: readonly LoggedCheckIn[],
  context: { viewerId: string; paused: readonly PausedPeriod[]; plannedStarts: readonly Date[] },
): WeekProgress[] {
  return weeks.map((week) => {
    const inWeek = checkIns.filter((c) => within(c.occurrenceStart, week));
    const answers = inWeek.flatMap((c) => c.answers);
    const done = (mine: boolean) => answers.filter((a) => (a.memberId === context.viewerId) === mine).reduce((sum, a) => sum + a.commitmentsDone.length, 0);
    return {
      start: week.start,
      end: week.end,
      kept: inWeek.length,
      planned: context.plannedStarts.filter((start) => within(start, week)).length,
      paused: overlapsPause(week, context.paused),
      commitmentsDone: { you: done(true), partner: done(false) },
    };
  });
}

/** Mood and energy over time: all of the viewer's own, and the partner's only where they shared them. */
export function feelingsOf(checkIns: readonly LoggedCheckIn[], viewerId: string): { you: FeelingPoint[]; partner: FeelingPoint[] } {
  const sorted = [...checkIns].sort((a, b) => a.occurrenceStart.getTime() - b.occurrenceStart.getTime());
  const points = (keep: (a: LoggedAnswer) => boolean) =>
    sorted.flatMap((c) => c.answers.filter(keep).map((a) => ({ at: c.occurrenceStart, mood: a.mood, energy: a.energy })));
  return {
    you: points((a) => a.memberId === viewerId),
    partner: points((a) => a.memberId !== viewerId && !a.moodPrivate),
  };
}

/**
 * The milestones reached by `now`: the first check-in, four weeks and three months since it (by the
 * calendar in the viewer's zone), and the tenth check-in; each with the moment it was reached.
 */
export function milestonesReached(input: { first: Date | null; tenth: Date | null; zone: string; now: Date }): Milestone[] {
  if (!input.first) return [];
  const first = localNow(input.first, input.zone);
  const candidates: Milestone[] = [
    { kind: "first-check-in", reachedAt: input.first },
    { kind: "four-weeks", reachedAt: first.plus({ weeks: 4 }).toJSDate() },
    { kind: "three-months", reachedAt: first.plus({ months: 3 }).toJSDate() },
    ...(input.tenth ? [{ kind: "ten-check-ins" as const, reachedAt: input.tenth }] : []),
  ];
  return candidates.filter((m) => m.reachedAt.getTime() <= input.now.getTime()).sort((a, b) => a.reachedAt.getTime() - b.reachedAt.getTime());
}
