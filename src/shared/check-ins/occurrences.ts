/**
 * The check-ins a rhythm gives in a window, as UTC instants, computed in the agreed zone by an
 * RFC 5545 recurrence engine, so the answer is the same whatever the server's own zone.
 *
 * At daylight-saving changes (RFC 5545 §3.3.10 and §3.3.5):
 * - a check-in whose wall-clock time is skipped (spring forward) does not happen that day;
 * - a check-in whose wall-clock time happens twice (fall back) happens at the first of the two.
 *
 * A check-in belongs to a pause when it starts inside it (`start` included, `end` excluded; a
 * pause with no end yet lasts on). Answers are bounded: at most `occurrenceLimit` check-ins.
 */
import { RRuleTemporal } from "rrule-temporal";
import type { Rhythm } from "./rhythm";

export type Occurrence = { start: Date; end: Date };
export type PausedPeriod = { start: Date; end: Date | null };

export type Window = {
  from: Date;
  /** Excluded: a check-in starting exactly at `to` is not in the window. */
  to: Date;
  paused?: readonly PausedPeriod[];
  /** At most this many (default and ceiling: `occurrenceLimit`). */
  limit?: number;
};

export const occurrenceLimit = 500;

/** `nextOccurrence` looks this far ahead; a pause covering all of it means no next check-in. */
export const nextOccurrenceHorizonDays = 400;

const dayMs = 24 * 60 * 60 * 1000;
/** Windows are expanded a few weeks at a time, so a long window with a small limit stays cheap. */
const chunkMs = 8 * 7 * dayMs;

/** The rule as iCalendar text: DTSTART with its zone, then the RRULE. */
export function rhythmRuleText(rhythm: Rhythm): string {
  return `DTSTART;TZID=${rhythm.timeZone}:${rhythm.dtstartLocal}\nRRULE:${rhythm.rrule}`;
}

function ruleOf(rhythm: Rhythm): RRuleTemporal {
  return new RRuleTemporal({ rruleString: rhythmRuleText(rhythm) });
}

export function isPaused(at: Date, paused: readonly PausedPeriod[]): boolean {
  const t = at.getTime();
  return paused.some((p) => t >= p.start.getTime() && (p.end === null || t < p.end.getTime()));
}

/** The check-ins starting in `[from, to)`, outside every pause, in order, at most `limit`. */
export function occurrencesBetween(rhythm: Rhythm, { from, to, paused = [], limit = occurrenceLimit }: Window): Occurrence[] {
  const cap = Math.max(0, Math.min(Math.floor(limit), occurrenceLimit));
  const end = to.getTime();
  if (cap === 0 || Number.isNaN(from.getTime()) || Number.isNaN(end) || from.getTime() >= end) return [];
  const rule = ruleOf(rhythm);
  const durationMs = rhythm.durationMinutes * 60_000;
  const found: Occurrence[] = [];
  for (let cursor = from.getTime(); cursor < end && found.length < cap; cursor += chunkMs) {
    const chunkEnd = Math.min(cursor + chunkMs, end);
    // Both ends included by the engine; the window's end is dropped below, so chunks never overlap.
    for (const start of rule.between(new Date(cursor), new Date(chunkEnd), true)) {
      const ms = start.epochMilliseconds;
      if (ms >= chunkEnd || isPaused(new Date(ms), paused)) continue;
      found.push({ start: new Date(ms), end: new Date(ms + durationMs) });
      if (found.length === cap) break;
    }
  }
  return found;
}

/** The first check-in starting at or after `after`, outside every pause; null if none within the horizon. */
export function nextOccurrence(rhythm: Rhythm, { after, paused = [] }: { after: Date; paused?: readonly PausedPeriod[] }): Occurrence | null {
  const to = new Date(after.getTime() + nextOccurrenceHorizonDays * dayMs);
  return occurrencesBetween(rhythm, { from: after, to, paused, limit: 1 })[0] ?? null;
}
