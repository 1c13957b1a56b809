/**
 * The agreement's rhythm fields as a recurrence: an RFC 5545 RRULE and a DTSTART written as a
 * wall-clock time in the agreed IANA zone, so the recurrence follows that zone's daylight-saving
 * changes and not the server's.
 *
 * - DAILY: every day (the weekdays are ignored: the agreement lists all seven).
 * - SEVERAL_A_WEEK and WEEKLY: every week on the chosen weekdays (WEEKLY has exactly one).
 * - FORTNIGHTLY: every other week on the chosen weekday, counted from the first check-in.
 *
 * The first check-in (DTSTART) is the first chosen day at the agreed time at or after the moment
 * the rhythm starts (e.g. the version came into force), on a day where that time exists: a DTSTART
 * inside a skipped hour would shift every later check-in by an hour.
 *
 * Pure: no I/O. Missing or unreadable fields give `{ kind: "none" }`, never a throw, since
 * versions are stored as JSON and older ones may lack a field.
 */
import { DateTime } from "luxon";
import { z } from "zod";
import { isValidTimeZone } from "@/shared/accounts/schemas";
import { checkInFrequencies, limits, weekdays, type Weekday } from "@/shared/agreement/fields";
import { valuesOf } from "@/shared/onboarding/questionnaire";

export type Frequency = (typeof checkInFrequencies)[number]["value"];

export type Rhythm = {
  kind: "rhythm";
  frequency: Frequency;
  /** The chosen days in week order (all seven for DAILY). */
  weekdays: Weekday[];
  /** "HH:MM", wall-clock time in `timeZone`. */
  time: string;
  timeZone: string;
  durationMinutes: number;
  /** The first check-in as a wall-clock date-time in `timeZone`, "YYYYMMDDTHHMMSS" (no zone letter). */
  dtstartLocal: string;
  /** The RRULE value, without the "RRULE:" name, e.g. "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;WKST=MO". */
  rrule: string;
};

export type NoRhythm = { kind: "none"; reason: "missing" | "invalid" };

export type RhythmResult = Rhythm | NoRhythm;

const weekdayOrder = weekdays.map((day) => day.value);

const zRhythmFields = z
  .object({
    frequency: z.enum(valuesOf(checkInFrequencies)),
    weekdays: z.array(z.enum(valuesOf(weekdays))).max(7),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
    timezone: z.string().max(64).refine(isValidTimeZone),
    durationMinutes: z.number().int().min(limits.durationMinutes.min).max(limits.durationMinutes.max),
  })
  .superRefine((fields, ctx) => {
    const days = new Set(fields.weekdays).size;
    if (days !== fields.weekdays.length) ctx.addIssue({ code: "custom", message: "repeated weekday" });
    const fits = { DAILY: true, SEVERAL_A_WEEK: days >= 2 && days <= 6, WEEKLY: days === 1, FORTNIGHTLY: days === 1 }[fields.frequency];
    if (!fits) ctx.addIssue({ code: "custom", message: "weekdays don't fit the frequency" });
  });

const rhythmKeys = ["frequency", "weekdays", "time", "timezone", "durationMinutes"] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function ruleOf(frequency: Frequency, days: Weekday[]): string {
  switch (frequency) {
    case "DAILY":
      return "FREQ=DAILY";
    case "SEVERAL_A_WEEK":
    case "WEEKLY":
      return `FREQ=WEEKLY;BYDAY=${days.join(",")};WKST=MO`;
    case "FORTNIGHTLY":
      return `FREQ=WEEKLY;INTERVAL=2;BYDAY=${days.join(",")};WKST=MO`;
  }
}

/** Looks at most this many days ahead for a first check-in (a week, plus days whose time is skipped). */
const firstCheckInSearchDays = 21;

/** The first chosen day at the agreed time, at or after `from`, whose wall-clock time exists in the zone. */
function firstCheckIn(from: Date, days: Weekday[], time: string, timeZone: string): DateTime | null {
  const [hour, minute] = time.split(":").map(Number) as [number, number];
  const startDay = DateTime.fromJSDate(from, { zone: timeZone }).startOf("day");
  for (let offset = 0; offset < firstCheckInSearchDays; offset++) {
    const day = startDay.plus({ days: offset });
    if (!days.includes(weekdayOrder[day.weekday - 1] as Weekday)) continue;
    const candidate = DateTime.fromObject({ year: day.year, month: day.month, day: day.day, hour, minute }, { zone: timeZone });
    // luxon moves a time in a skipped hour forward; such a day can't start the rhythm.
    if (candidate.hour !== hour || candidate.minute !== minute) continue;
    if (candidate.toMillis() >= from.getTime()) return candidate;
  }
  return null;
}

/**
 * The rhythm of an agreement's fields (`content.fields` of a stored version), starting at `from`
 * (when the version came into force). Anything missing or malformed gives "no rhythm yet".
 */
export function rhythmOf(fields: unknown, from: Date): RhythmResult {
  if (!isRecord(fields) || rhythmKeys.some((key) => fields[key] === undefined || fields[key] === null)) return { kind: "none", reason: "missing" };
  if (Number.isNaN(from.getTime())) return { kind: "none", reason: "invalid" };
  const parsed = zRhythmFields.safeParse(fields);
  if (!parsed.success) return { kind: "none", reason: "invalid" };
  const { frequency, time, timezone: timeZone, durationMinutes } = parsed.data;
  const days = frequency === "DAILY" ? [...weekdayOrder] : weekdayOrder.filter((day) => parsed.data.weekdays.includes(day));
  const first = firstCheckIn(from, days, time, timeZone);
  if (!first) return { kind: "none", reason: "invalid" };
  return {
    kind: "rhythm",
    frequency,
    weekdays: days,
    time,
    timeZone,
    durationMinutes,
    dtstartLocal: first.toFormat("yyyyMMdd'T'HHmmss"),
    rrule: ruleOf(frequency, days),
  };
}

/** The rhythm of a stored version's content (`{ text, fields }` JSON). */
export function rhythmOfVersion(content: unknown, inForceAt: Date): RhythmResult {
  return rhythmOf(isRecord(content) ? content.fields : undefined, inForceAt);
}
