/**
 * A check-in's planned start as a notice writes it, in the reader's own zone: "Tuesday 8 December
 * at 18:30". A zone that no longer reads (stored data is never trusted) falls back to UTC and says so.
 */
import { DateTime } from "luxon";

export function checkInTimeText(at: number, timeZone: string): string {
  const local = DateTime.fromMillis(at, { zone: timeZone });
  if (local.isValid) return local.toFormat("cccc d LLLL 'at' HH:mm");
  return `${DateTime.fromMillis(at, { zone: "UTC" }).toFormat("cccc d LLLL 'at' HH:mm")} UTC`;
}

/** A day as a notice writes it, in the reader's own zone: "Tuesday 8 December" (a pause's last day). */
export function dayText(at: number, timeZone: string): string {
  const local = DateTime.fromMillis(at, { zone: timeZone });
  return (local.isValid ? local : DateTime.fromMillis(at, { zone: "UTC" })).toFormat("cccc d LLLL");
}
