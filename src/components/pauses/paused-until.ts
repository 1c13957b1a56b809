import { DateTime } from "luxon";

/**
 * The day a pause picks up again, e.g. "Wednesday 9 December", in the viewer's zone when known. A
 * pause ends at 00:00 that day in the agreement's zone, so a partner far west of it sees the
 * evening before: the moment it really picks up for them.
 */
export function resumeDay(endsAt: Date, zone?: string): string {
  const local = DateTime.fromJSDate(endsAt, zone ? { zone } : {}).setLocale("en-GB");
  return (local.isValid ? local : DateTime.fromJSDate(endsAt, { zone: "UTC" }).setLocale("en-GB")).toFormat("cccc d LLLL");
}

/** "Paused until Wednesday 9 December": "until" as a shop sign says it, the day it opens again. */
export function pausedUntilWords(endsAt: Date, zone?: string): string {
  return `Paused until ${resumeDay(endsAt, zone)}`;
}
