import { DateTime } from "luxon";

/** Start and end as minutes after local midnight; start after end means the period crosses midnight. */
export type QuietHours = { start: number; end: number };

/**
 * When an email written at `now` may go out: null when `now` is outside the member's quiet hours,
 * otherwise the instant they end, in UTC. Wall-clock times are read in the member's own zone, so a
 * daylight-saving night still ends at the local time they chose (an end inside a skipped hour moves
 * forward to the first valid instant, as luxon does). Equal start and end is no quiet period.
 */
export function quietUntil(now: Date, quiet: QuietHours, zone: string): Date | null {
  if (quiet.start === quiet.end) return null;
  const local = DateTime.fromJSDate(now, { zone });
  if (!local.isValid) return null;
  const minute = local.hour * 60 + local.minute;
  const crossesMidnight = quiet.start > quiet.end;
  const inside = crossesMidnight ? minute >= quiet.start || minute < quiet.end : minute >= quiet.start && minute < quiet.end;
  if (!inside) return null;
  // Before midnight in a period that crosses it, the period ends tomorrow.
  const endDay = crossesMidnight && minute >= quiet.start ? local.plus({ days: 1 }) : local;
  const end = DateTime.fromObject(
    { year: endDay.year, month: endDay.month, day: endDay.day, hour: Math.floor(quiet.end / 60), minute: quiet.end % 60 },
    { zone },
  );
  return end.toJSDate();
}

/** "22:00" → 1320. The input is already validated as HH:MM. */
export function minutesOf(time: string): number {
  const [hours, minutes] = time.split(":").map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** 1320 → "22:00". */
export function timeOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}
