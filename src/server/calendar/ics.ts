/**
 * A partnership's check-ins as an iCalendar event: a download, a feed entry, or an email
 * invitation (METHOD:REQUEST) and its cancellation (METHOD:CANCEL).
 *
 * Times are luxon date-times with a timezone on each event (never a calendar-level zone or plain
 * Dates): that keeps DTSTAMP in UTC and every time independent of the server's own zone. The
 * event names the partner only by display name and holds no email address of theirs and no
 * agreement text; an invitation lists Tandem's no-reply address as organizer and the recipient
 * as the one attendee.
 *
 * Each VTIMEZONE is written from the same zone data the occurrences come from (see vtimezone.ts).
 * Calendar apps expand the RRULE themselves and agree with `occurrencesBetween`, except for a
 * check-in set inside an hour the clocks skip or repeat (e.g. 02:30 in Berlin): we follow
 * RFC 5545 (skipped: no check-in that day; repeated: the first), ical.js takes the offset after
 * the change in both cases, and other apps vary.
 */
import "server-only";
import ical, {
  ICalAlarmType,
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventRepeatingFreq,
  ICalEventStatus,
  ICalWeekday,
  type ICalCalendar,
  type ICalRepeatingOptions,
} from "ical-generator";
import { DateTime } from "luxon";
import { occurrencesBetween, type PausedPeriod } from "@/shared/check-ins/occurrences";
import type { Rhythm } from "@/shared/check-ins/rhythm";
import { vtimezoneComponent } from "./vtimezone";

export type CheckInEvent = {
  partnershipId: string;
  /** The agreement version the rhythm comes from: one event (UID) per partnership and version. */
  version: number;
  /** Updates already sent for this version's event (0 for the first), so each one supersedes the last. */
  revision?: number;
  rhythm: Rhythm;
  /** The partner's display name, as both members see it. */
  partnerName: string;
  /** Absolute URL of the partnership's page. */
  partnershipUrl: string;
  /** Pauses: check-ins in an ended pause are left out one by one; a pause with no end yet ends the series. */
  paused?: readonly PausedPeriod[];
  /** When this version stops applying (replaced, or the partnership ended): no check-ins from then on. */
  endsAt?: Date | null;
  /** When this file is written (DTSTAMP). */
  stamp: Date;
  /** Minutes before each check-in for the calendar's reminder. */
  reminderMinutes?: number;
};

export type Mailbox = { name: string; email: string };

export const defaultReminderMinutes = 30;

/** Each ended pause holds at most this many check-ins (a pause lasts at most 12 weeks: 84 daily ones). */
const excludedPerPause = 100;

const prodId = { company: "Tandem", product: "Check-ins", language: "EN" } as const;

const weekday: Record<Rhythm["weekdays"][number], ICalWeekday> = {
  MO: ICalWeekday.MO,
  TU: ICalWeekday.TU,
  WE: ICalWeekday.WE,
  TH: ICalWeekday.TH,
  FR: ICalWeekday.FR,
  SA: ICalWeekday.SA,
  SU: ICalWeekday.SU,
};

export function checkInUid(event: Pick<CheckInEvent, "partnershipId" | "version" | "partnershipUrl">): string {
  return `check-in-${event.partnershipId}-v${event.version}@${new URL(event.partnershipUrl).hostname}`;
}

/** Grows with the version and with every update of its event; a cancellation goes one higher. */
function sequenceOf(event: CheckInEvent, cancelled: boolean): number {
  return event.version + (event.revision ?? 0) + (cancelled ? 1 : 0);
}

function firstStart(rhythm: Rhythm): DateTime {
  return DateTime.fromFormat(rhythm.dtstartLocal, "yyyyMMdd'T'HHmmss", { zone: rhythm.timeZone });
}

/** The moment the series stops: the version's end or the start of a pause with no end, whichever is first. */
function cutoffOf(event: CheckInEvent): Date | null {
  const moments = [event.endsAt, ...(event.paused ?? []).filter((p) => p.end === null).map((p) => p.start)].filter((d): d is Date => d instanceof Date);
  return moments.length === 0 ? null : new Date(Math.min(...moments.map((d) => d.getTime())));
}

function repeatingOf(event: CheckInEvent, cutoff: Date | null): ICalRepeatingOptions {
  const { rhythm } = event;
  const to = cutoff ?? new Date(8.64e15);
  const excluded = (event.paused ?? [])
    .filter((p): p is { start: Date; end: Date } => p.end !== null)
    .flatMap((p) => occurrencesBetween(rhythm, { from: p.start, to: new Date(Math.min(p.end.getTime(), to.getTime())), limit: excludedPerPause }))
    .map((o) => DateTime.fromJSDate(o.start, { zone: rhythm.timeZone }));
  return {
    freq: rhythm.frequency === "DAILY" ? ICalEventRepeatingFreq.DAILY : ICalEventRepeatingFreq.WEEKLY,
    ...(rhythm.frequency === "FORTNIGHTLY" ? { interval: 2 } : {}),
    ...(rhythm.frequency === "DAILY" ? {} : { byDay: rhythm.weekdays.map((day) => weekday[day]), startOfWeek: ICalWeekday.MO }),
    // UNTIL is inclusive: stop one second before the cutoff.
    ...(cutoff ? { until: DateTime.fromMillis(cutoff.getTime() - 1000, { zone: "utc" }) } : {}),
    ...(excluded.length > 0 ? { exclude: excluded } : {}),
  };
}

function newCalendar(method: ICalCalendarMethod | null): ICalCalendar {
  const calendar = ical({ prodId, timezone: { name: null, generator: vtimezoneComponent } });
  if (method) calendar.method(method);
  return calendar;
}

type Addressing = { organizer: Mailbox; attendee: Mailbox } | null;

function addEvent(calendar: ICalCalendar, event: CheckInEvent, addressing: Addressing, cancelled: boolean): void {
  const { rhythm, partnerName } = event;
  const start = firstStart(rhythm);
  const cutoff = cutoffOf(event);
  // A series cut off before its first check-in has none left: it stays, as cancelled, so calendars drop it.
  const noneLeft = cutoff !== null && cutoff.getTime() <= start.toMillis();
  const reminder = event.reminderMinutes ?? defaultReminderMinutes;
  calendar.createEvent({
    id: checkInUid(event),
    sequence: sequenceOf(event, cancelled),
    stamp: DateTime.fromJSDate(event.stamp, { zone: "utc" }),
    start,
    end: start.plus({ minutes: rhythm.durationMinutes }),
    timezone: rhythm.timeZone,
    repeating: noneLeft ? null : repeatingOf(event, cutoff),
    summary: `Tandem check-in with ${partnerName}`,
    description: `Your check-in with ${partnerName}, as you agreed on Tandem.\nYour partnership: ${event.partnershipUrl}`,
    url: event.partnershipUrl,
    status: cancelled || noneLeft ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    alarms: cancelled || noneLeft ? [] : [{ type: ICalAlarmType.display, trigger: reminder * 60, description: `Your Tandem check-in with ${partnerName} starts in ${reminder} minutes.` }],
    ...(addressing
      ? {
          organizer: addressing.organizer,
          attendees: [{ ...addressing.attendee, role: ICalAttendeeRole.REQ, status: ICalAttendeeStatus.NEEDSACTION, rsvp: false }],
        }
      : {}),
  });
}

/** Adds one partnership's check-ins to a calendar (a member's feed holds one per active partnership). */
export function addCheckInEvent(calendar: ICalCalendar, event: CheckInEvent): void {
  addEvent(calendar, event, null, false);
}

/**
 * Adds a cancelled copy of an event the member's calendar may still hold (same UID, a higher
 * SEQUENCE, STATUS:CANCELLED): an ended partnership's, or a version an amendment replaced.
 */
export function addCancelledCheckInEvent(calendar: ICalCalendar, event: CheckInEvent): void {
  addEvent(calendar, event, null, true);
}

/** An empty calendar for check-in events, with VTIMEZONEs written for the events' zones. */
export function checkInCalendar(): ICalCalendar {
  return newCalendar(null);
}

/** The one-off `.ics` download of one partnership's check-ins. */
export function checkInDownload(event: CheckInEvent): string {
  const calendar = checkInCalendar();
  addCheckInEvent(calendar, event);
  return calendar.toString();
}

/**
 * An email invitation to one member (REQUEST), or its cancellation (CANCEL). Each member gets
 * their own, naming only themselves, so neither sees the other's address.
 */
export function checkInInvitation(event: CheckInEvent, method: "REQUEST" | "CANCEL", addressing: { organizer: Mailbox; attendee: Mailbox }): string {
  const cancelled = method === "CANCEL";
  const calendar = newCalendar(cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST);
  addEvent(calendar, event, addressing, cancelled);
  return calendar.toString();
}

export const icsContentType = "text/calendar; charset=utf-8";
