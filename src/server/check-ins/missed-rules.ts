/**
 * The missed-check-in protocol, reminders and reliability (PRODUCT.md §6). Pure: the jobs and the
 * service pass the clock, the rhythm in force, the paused periods and what is already stored.
 *
 * - A check-in is MISSED when it has no log `graceHours` after its planned start. The agreement
 *   has no field for a grace period (src/shared/agreement/fields.ts), so it is the same for all.
 * - Consecutive misses count back from the latest missed check-in; a logged one ends the run.
 *   Paused periods have no check-ins (occurrences.ts), so they neither count nor break a run.
 * - The ladder: after 1 and after 2 misses in a row, a gentle nudge to both; after 3, an
 *   invitation to pause or talk about the rhythm. Beyond that nothing more is sent: the
 *   invitation stands, and repeating it would only press.
 * - Catching up (the job was down): every newly missed check-in is recorded, but only the latest
 *   gets a notice, and only when nothing after it was logged, so an outage never floods anyone.
 */
import { occurrencesBetween, type Occurrence, type PausedPeriod } from "@/shared/check-ins/occurrences";
import type { Rhythm } from "@/shared/check-ins/rhythm";

export const graceHours = 24;
/** Reminders go out for check-ins starting within this many minutes (the job runs every 15). */
export const reminderLeadMinutes = 60;
/** Check-ins missed longer ago than this are history: the job never writes about them. */
export const newlyMissedWithinDays = 14;
/** How far back a run of misses is counted: three fortnightly check-ins and their grace fit. */
export const countBackDays = 8 * 7;
export const reliabilityWeeks = 8;
export const pauseOrReviewAfter = 3;

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

export type LadderStep = "nudge" | "pause-or-review";

/** What to send after this many misses in a row; null once the ladder has run its course. */
export function ladderStep(consecutive: number): LadderStep | null {
  if (consecutive >= 1 && consecutive < pauseOrReviewAfter) return "nudge";
  if (consecutive === pauseOrReviewAfter) return "pause-or-review";
  return null;
}

/** True once the grace period after the planned start has passed. */
export const isDue = (start: Date, now: Date) => start.getTime() + graceHours * hour <= now.getTime();

/** The check-ins starting in `[now - days, now)` whose grace period has passed, oldest first. */
export function dueOccurrences(rhythm: Rhythm, paused: readonly PausedPeriod[], now: Date, days: number): Occurrence[] {
  const to = new Date(now.getTime() - graceHours * hour + 1);
  return occurrencesBetween(rhythm, { from: new Date(now.getTime() - days * day), to, paused });
}

/** Misses in a row ending at `last` (included), counted back over `due`; a logged one ends the run. */
export function consecutiveMisses(due: readonly Occurrence[], logged: ReadonlySet<number>, last: Date): number {
  let count = 0;
  for (let i = due.length - 1; i >= 0; i--) {
    const start = due[i]!.start.getTime();
    if (start > last.getTime()) continue;
    if (logged.has(start)) break;
    count++;
  }
  return count;
}

export type MissedPlan = {
  /** Newly missed check-ins to record as handled (notice or not). */
  record: Date[];
  /** The notice to send, for the latest of them. */
  notice: { occurrenceStart: Date; consecutive: number; step: LadderStep } | null;
};

/**
 * What the missed-check-in job does for one partnership now. `logged` and `handled` hold the
 * planned starts (ms) of logged check-ins and of misses already recorded.
 */
export function planMissed(input: { rhythm: Rhythm; paused: readonly PausedPeriod[]; logged: ReadonlySet<number>; handled: ReadonlySet<number>; now: Date }): MissedPlan {
  const { rhythm, paused, logged, handled, now } = input;
  const due = dueOccurrences(rhythm, paused, now, countBackDays);
  const recentFrom = now.getTime() - newlyMissedWithinDays * day;
  const newly = due.filter((o) => o.start.getTime() >= recentFrom && !logged.has(o.start.getTime()) && !handled.has(o.start.getTime()));
  const latestNew = newly.at(-1);
  const latestDue = due.at(-1);
  if (!latestNew || latestDue?.start.getTime() !== latestNew.start.getTime()) return { record: newly.map((o) => o.start), notice: null };
  const consecutive = consecutiveMisses(due, logged, latestNew.start);
  const step = ladderStep(consecutive);
  return { record: newly.map((o) => o.start), notice: step ? { occurrenceStart: latestNew.start, consecutive, step } : null };
}

/** The check-ins starting within the reminder lead, outside pauses, not reminded yet. */
export function remindersDue(rhythm: Rhythm, paused: readonly PausedPeriod[], reminded: ReadonlySet<number>, now: Date): Date[] {
  const upcoming = occurrencesBetween(rhythm, { from: now, to: new Date(now.getTime() + reminderLeadMinutes * minute + 1), paused });
  return upcoming.map((o) => o.start).filter((start) => !reminded.has(start.getTime()));
}

export type Reliability = { met: number; of: number };

/**
 * Check-ins kept over the last `reliabilityWeeks` (pauses have none): a check-in counts once it
 * was logged or its grace period has passed, so one still open is never held against anyone.
 */
export function reliability(rhythm: Rhythm, paused: readonly PausedPeriod[], logged: ReadonlySet<number>, now: Date): Reliability {
  const past = occurrencesBetween(rhythm, { from: new Date(now.getTime() - reliabilityWeeks * 7 * day), to: new Date(now.getTime() + 1), paused });
  const counted = past.filter((o) => logged.has(o.start.getTime()) || isDue(o.start, now));
  return { met: counted.filter((o) => logged.has(o.start.getTime())).length, of: counted.length };
}
