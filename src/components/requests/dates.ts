import { zoneFormat } from "@/shared/time/date-format";

/**
 * Dates in the member's own timezone, written the way people say them: "12 May", with the year
 * only when it isn't this year. An unknown zone falls back to UTC rather than failing the page.
 */
function yearIn(date: Date, zone: string | null): string {
  return zoneFormat(zone, { year: "numeric" }).format(date);
}

/** "12 May", or "12 May 2027" when the year differs from `now`'s. */
export function dayWords(date: Date, zone: string | null, now: Date): string {
  const withYear = yearIn(date, zone) !== yearIn(now, zone);
  return zoneFormat(zone, { day: "numeric", month: "long", ...(withYear ? { year: "numeric" } : {}) }).format(date);
}

/** "12 May, 14:30" (24-hour), with the year when it isn't this year. */
export function dayTimeWords(date: Date, zone: string | null, now: Date): string {
  const time = zoneFormat(zone, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(date);
  return `${dayWords(date, zone, now)}, ${time}`;
}
