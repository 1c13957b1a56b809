/**
 * Early warning (issue 15 item 8, PRODUCT.md "planned after the core"): when a pair keeps fewer of
 * its check-ins than its OWN usual, each partner is asked privately whether a pause or a talk
 * about the rhythm would help. Pure: the missed-check-in job passes the clock and what is stored.
 *
 * - Only check-ins whose outcome is known count: ones starting before `now - graceHours` (later
 *   ones may still be logged). Paused periods have no check-ins, so they count neither way.
 * - RECENT is the last `recentDays` before that point; the pair's USUAL is the `baselineDays`
 *   before RECENT, from the same rhythm (a new agreement starts a new history: the rhythm begins
 *   when it came into force, so a change of rhythm is never compared with the old one).
 * - Enough history: at least `minBaseline` check-ins in the usual and `minRecent` recently, and
 *   at least one kept in the usual (a pair that never logs has no usual to fall from; the ladder
 *   speaks to them instead).
 * - A CLEAR DROP: at least `minRecentMisses` recent misses (one miss is the ladder's business),
 *   and the recent kept-rate at most `dropRatio` of the usual one, i.e. down by 40% or more of
 *   what the pair usually keeps: 6 of 7 usually (86%) warns at 50% or less recently; 3 of 6 (50%)
 *   warns at 30% or less.
 * - At most once per `quietDays` per partnership: a warning's record carries the latest check-in
 *   it counted, and no other is sent until that is `quietDays` old.
 */
import { occurrencesBetween, type PausedPeriod } from "@/shared/check-ins/occurrences";
import type { Rhythm } from "@/shared/check-ins/rhythm";
import { graceHours } from "./missed-rules";

export const recentDays = 14;
export const baselineDays = 6 * 7;
export const minBaseline = 4;
export const minRecent = 2;
export const minRecentMisses = 2;
export const dropRatio = 0.6;
export const quietDays = 4 * 7;

const hour = 60 * 60 * 1000;
const day = 24 * hour;

export type Kept = { kept: number; of: number };

export type EarlyWarningInput = {
  rhythm: Rhythm;
  paused: readonly PausedPeriod[];
  /** Planned starts (ms) of logged check-ins. */
  logged: ReadonlySet<number>;
  /** The latest check-in counted by the last warning sent, if any. */
  lastWarnedFor: Date | null;
  now: Date;
};

export type EarlyWarning = { recent: Kept; usual: Kept; latest: Date };

/** Where the comparison's two windows lie for a run at `now`: `[from, split)` usual, `[split, to)` recent. */
export function windows(now: Date) {
  const to = now.getTime() - graceHours * hour;
  const split = to - recentDays * day;
  return { from: new Date(split - baselineDays * day), split: new Date(split), to: new Date(to) };
}

/** How far back the logged check-ins must be read for a run at `now`. */
export const historyFrom = (now: Date) => windows(now).from;

/** The warning to send now, or null: not enough history, no clear drop, or one sent lately. */
export function planEarlyWarning(input: EarlyWarningInput): EarlyWarning | null {
  const { rhythm, paused, logged, lastWarnedFor, now } = input;
  const { from, split, to } = windows(now);
  const occurrences = occurrencesBetween(rhythm, { from, to, paused });
  const count = (starts: number[]): Kept => ({ kept: starts.filter((start) => logged.has(start)).length, of: starts.length });
  const starts = occurrences.map((o) => o.start.getTime());
  const usual = count(starts.filter((start) => start < split.getTime()));
  const recentStarts = starts.filter((start) => start >= split.getTime());
  const recent = count(recentStarts);
  const latest = recentStarts.at(-1);
  if (latest === undefined || usual.of < minBaseline || recent.of < minRecent || usual.kept === 0) return null;
  if (recent.of - recent.kept < minRecentMisses) return null;
  if (recent.kept / recent.of > dropRatio * (usual.kept / usual.of)) return null;
  if (lastWarnedFor && latest - lastWarnedFor.getTime() < quietDays * day) return null;
  return { recent, usual, latest: new Date(latest) };
}
