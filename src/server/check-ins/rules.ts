/**
 * Which check-ins can be logged, and when. Pure: the service passes the clock, the rhythm in force
 * and the paused periods.
 *
 * - Only a real occurrence of the rhythm in force counts: the planned start must be one the
 *   recurrence gives, exactly (not a time near one), outside every pause.
 * - Not in the future: from `earlyMinutes` before the planned start, so a check-in that started a
 *   little early can be logged as it ends.
 * - Not too old: up to `maxAgeDays` after the planned start; older ones are history.
 * - When it happened: within a day either side of the planned start, and not in the future.
 */
import { occurrencesBetween, type Occurrence, type PausedPeriod } from "@/shared/check-ins/occurrences";
import type { Rhythm } from "@/shared/check-ins/rhythm";

export const earlyMinutes = 120;
export const maxAgeDays = 14;
/** How far `happenedAt` may be from the planned start, either way. */
export const happenedWithinHours = 24;
/** Clocks differ a little between a phone and the server. */
const clockSkewMs = 5 * 60_000;

const minute = 60_000;
const day = 24 * 60 * minute;

export type OccurrenceState = "upcoming" | "open" | "too-old";

/** Where an occurrence stands for logging at `now`. */
export function occurrenceState(start: Date, now: Date): OccurrenceState {
  if (start.getTime() - earlyMinutes * minute > now.getTime()) return "upcoming";
  if (start.getTime() < now.getTime() - maxAgeDays * day) return "too-old";
  return "open";
}

/** The occurrences that can be logged now (oldest first), then the next one still to come. */
export function recentOccurrences(rhythm: Rhythm, paused: readonly PausedPeriod[], now: Date): Occurrence[] {
  const from = new Date(now.getTime() - maxAgeDays * day);
  const openUntil = new Date(now.getTime() + earlyMinutes * minute + 1);
  const open = occurrencesBetween(rhythm, { from, to: openUntil, paused });
  const [next] = occurrencesBetween(rhythm, { from: openUntil, to: new Date(openUntil.getTime() + 60 * day), paused, limit: 1 });
  return next ? [...open, next] : open;
}

/** True when the rhythm gives a check-in starting exactly at `start`, outside every pause. */
export function isOccurrence(rhythm: Rhythm, paused: readonly PausedPeriod[], start: Date): boolean {
  const [found] = occurrencesBetween(rhythm, { from: start, to: new Date(start.getTime() + 1), paused, limit: 1 });
  return found?.start.getTime() === start.getTime();
}

export type HappenedProblem = "future" | "far-from-planned" | null;

export function happenedProblem(happenedAt: Date, occurrenceStart: Date, now: Date): HappenedProblem {
  if (happenedAt.getTime() > now.getTime() + clockSkewMs) return "future";
  if (Math.abs(happenedAt.getTime() - occurrenceStart.getTime()) > happenedWithinHours * 60 * minute) return "far-from-planned";
  return null;
}
