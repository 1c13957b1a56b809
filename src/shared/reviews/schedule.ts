/**
 * When reviews fall due (PRODUCT.md §8): every N weeks of active time — the agreement's review
 * cadence — counted from activation, with paused time left out; and, when the agreement asks for
 * it, one trial review after 4 weeks of active time. Pure: the caller passes `now`.
 *
 * A review's `number` is the cycle it closes (QUARTERLY 1 at 13 weeks, 2 at 26 …), so the same
 * review always gets the same number and a duplicate run of the job finds its unique key taken.
 * Only the latest cycle reached is ever due: after a long outage nobody gets a flood of reviews.
 */
import type { PausedPeriod } from "@/shared/check-ins/occurrences";
import { reviewCadences } from "@/shared/agreement/fields";

export type ReviewKind = "TRIAL" | "QUARTERLY";
export type ReviewCadence = (typeof reviewCadences)[number]["value"];
export type DueReview = { kind: ReviewKind; number: number; dueAt: Date };

const weekMs = 7 * 24 * 60 * 60 * 1000;
export const trialReviewWeeks = 4;

export type ReviewClock = {
  /** When the partnership became ACTIVE (its ACTIVATED event). */
  activatedAt: Date;
  /** Paused periods from the timeline (`pausedPeriods`); one still open has no end. */
  paused: readonly PausedPeriod[];
};

export const cadenceWeeks = (cadence: ReviewCadence): number => reviewCadences.find((c) => c.value === cadence)?.weeks ?? 13;

/** The parts of the paused periods after activation, in order, merged where they overlap. */
function pausesAfter(clock: ReviewClock): { start: number; end: number }[] {
  const from = clock.activatedAt.getTime();
  const spans = clock.paused
    .map((p) => ({ start: Math.max(p.start.getTime(), from), end: p.end ? p.end.getTime() : Infinity }))
    .filter((p) => p.end > p.start)
    .sort((x, y) => x.start - y.start);
  const merged: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** Milliseconds of active time between activation and `now` (0 before activation). */
export function activeTime(clock: ReviewClock, now: Date): number {
  const from = clock.activatedAt.getTime();
  const to = now.getTime();
  if (to <= from) return 0;
  let paused = 0;
  for (const p of pausesAfter(clock)) paused += Math.max(0, Math.min(p.end, to) - Math.min(p.start, to));
  return to - from - paused;
}

/**
 * The moment the partnership reaches `activeMs` of active time, skipping the paused periods known
 * so far; a pause still open is treated as ending at `now` (nobody knows yet when it ends), so the
 * answer is "if you resumed now". Null only if it falls in an open pause and `now` is not given.
 */
export function whenActiveReaches(clock: ReviewClock, activeMs: number, now?: Date): Date | null {
  let at = clock.activatedAt.getTime();
  let left = activeMs;
  for (const p of pausesAfter(clock)) {
    if (at + left <= p.start) break;
    left -= p.start - at;
    const end = p.end === Infinity ? now?.getTime() : p.end;
    if (end === undefined) return null;
    at = Math.max(end, p.start);
  }
  return new Date(at + left);
}

export type ReviewTerms = { cadence: ReviewCadence; trial: boolean };

/**
 * The reviews due by `now`: at most one of each kind, the latest cycle reached. The caller creates
 * each one that has no row yet.
 */
export function dueReviews(clock: ReviewClock, terms: ReviewTerms, now: Date): DueReview[] {
  const active = activeTime(clock, now);
  const due: DueReview[] = [];
  const trialMs = trialReviewWeeks * weekMs;
  if (terms.trial && active >= trialMs) due.push({ kind: "TRIAL", number: 1, dueAt: whenActiveReaches(clock, trialMs, now) ?? now });
  const cycleMs = cadenceWeeks(terms.cadence) * weekMs;
  const cycles = Math.floor(active / cycleMs);
  if (cycles >= 1) due.push({ kind: "QUARTERLY", number: cycles, dueAt: whenActiveReaches(clock, cycles * cycleMs, now) ?? now });
  return due;
}

/**
 * When the next regular review falls due if nothing is paused from now on: the end of the cycle
 * after the one `now` is in. What "continue" promises on the review page.
 */
export function nextReviewDue(clock: ReviewClock, cadence: ReviewCadence, now: Date): Date {
  const cycleMs = cadenceWeeks(cadence) * weekMs;
  const cycles = Math.floor(activeTime(clock, now) / cycleMs);
  const reachedAt = whenActiveReaches(clock, (cycles + 1) * cycleMs, now) ?? now;
  // Inside an open pause the cycle restarts counting once resumed: never a date in the past.
  return reachedAt.getTime() < now.getTime() ? now : reachedAt;
}
