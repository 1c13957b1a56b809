/**
 * The next few check-ins in words, in the viewer's own timezone with the partner's local time
 * beside it: "Tuesday 1 December, 18:00 for you · 19:00 for Sam". Pure: the caller passes the clock.
 */
import { DateTime } from "luxon";
import { occurrencesBetween, type PausedPeriod } from "./occurrences";
import type { Rhythm } from "./rhythm";

export const upcomingCount = 3;

/** How far ahead "upcoming" looks: a fortnightly rhythm shows its next three within this. */
const horizonDays = 60;

/** The next `count` check-ins starting at or after `now`, outside every pause. */
export function upcomingStarts(rhythm: Rhythm, { now, paused = [], count = upcomingCount }: { now: Date; paused?: readonly PausedPeriod[]; count?: number }): Date[] {
  const to = new Date(now.getTime() + horizonDays * 24 * 3_600_000);
  return occurrencesBetween(rhythm, { from: now, to, paused, limit: count }).map((o) => o.start);
}

const locale = "en-GB";

/** One check-in as the viewer reads it, with the partner's time when their clock shows something else. */
export function checkInInWords(start: Date, { viewerZone, partnerZone, partnerName }: { viewerZone: string; partnerZone: string; partnerName: string }): string {
  const mine = DateTime.fromJSDate(start, { zone: viewerZone }).setLocale(locale);
  const theirs = DateTime.fromJSDate(start, { zone: partnerZone }).setLocale(locale);
  const forYou = mine.toFormat("cccc d LLLL, HH:mm");
  if (!theirs.isValid || !mine.isValid) return `${forYou} for you`;
  if (mine.toFormat("yyyy-MM-dd HH:mm") === theirs.toFormat("yyyy-MM-dd HH:mm")) return `${forYou} for you and ${partnerName}`;
  const sameDay = mine.toISODate() === theirs.toISODate();
  return `${forYou} for you · ${theirs.toFormat(sameDay ? "HH:mm" : "cccc HH:mm")} for ${partnerName}`;
}
