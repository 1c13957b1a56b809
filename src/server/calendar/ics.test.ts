import ICAL from "ical.js";
import { afterEach, describe, expect, it } from "vitest";
import { occurrencesBetween, type PausedPeriod } from "@/shared/check-ins/occurrences";
import { rhythmOf, type Rhythm } from "@/shared/check-ins/rhythm";
import { checkInDownload, checkInInvitation, checkInUid, type CheckInEvent } from "./ics";

function rhythm(over: Record<string, unknown>, from = "2027-01-04T00:00:00Z"): Rhythm {
  const fields = { frequency: "WEEKLY", weekdays: ["TU"], time: "18:30", timezone: "Europe/Berlin", durationMinutes: 45, ...over };
  const result = rhythmOf(fields, new Date(from));
  if (result.kind !== "rhythm") throw new Error(`expected a rhythm, got ${result.reason}`);
  return result;
}

const event = (over: Partial<CheckInEvent> = {}): CheckInEvent => ({
  partnershipId: "cmpartnership01",
  version: 3,
  rhythm: rhythm({}),
  partnerName: "Sam",
  partnershipUrl: "https://tandem.example/partnerships/cmpartnership01",
  stamp: new Date("2027-01-04T09:15:00Z"),
  ...over,
});

const organizer = { name: "Tandem", email: "no-reply@tandem.example" };
const alex = { name: "Alex", email: "alex@example.com" };

/** Parses with ical.js (an independent parser): throws on a malformed file. */
function parse(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  const vevents = root.getAllSubcomponents("vevent");
  expect(vevents).toHaveLength(1);
  return { root, vevent: vevents[0]! };
}

/** The instants ical.js expands the event to, in `[from, to)`. */
function expand(text: string, from: string, to: string): string[] {
  const { vevent } = parse(text);
  const iterator = new ICAL.Event(vevent).iterator();
  const found: string[] = [];
  const [start, end] = [new Date(from).getTime(), new Date(to).getTime()];
  for (let time = iterator.next(), guard = 0; time && guard < 5000; time = iterator.next(), guard++) {
    const at = time.toJSDate().getTime();
    if (at >= end) break;
    if (at >= start) found.push(new Date(at).toISOString());
  }
  return found;
}

function ours(r: Rhythm, from: string, to: string, paused: PausedPeriod[] = []): string[] {
  return occurrencesBetween(r, { from: new Date(from), to: new Date(to), paused }).map((o) => o.start.toISOString());
}

const lines = (text: string) => text.split("\r\n");
/** The event's own lines starting with `name` (VTIMEZONE has DTSTART and RRULE lines too). */
const line = (text: string, name: string) => lines(text.slice(text.indexOf("BEGIN:VEVENT"))).filter((l) => l.startsWith(name));

describe("checkInDownload", () => {
  it("writes one recurring event with its zone, reminder, identity and link", () => {
    const text = checkInDownload(event());
    const { root, vevent } = parse(text);
    expect(root.getFirstPropertyValue("method")).toBeNull();
    expect(root.getFirstSubcomponent("vtimezone")?.getFirstPropertyValue("tzid")).toBe("Europe/Berlin");
    expect(vevent.getFirstPropertyValue("summary")).toBe("Tandem check-in with Sam");
    expect(vevent.getFirstPropertyValue("uid")).toBe("check-in-cmpartnership01-v3@tandem.example");
    expect(vevent.getFirstPropertyValue("sequence")).toBe(3);
    expect(vevent.getFirstPropertyValue("url")).toBe("https://tandem.example/partnerships/cmpartnership01");
    expect(vevent.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(line(text, "DTSTART;TZID=Europe/Berlin:")).toEqual(["DTSTART;TZID=Europe/Berlin:20270105T183000"]);
    expect(line(text, "DTEND;TZID=Europe/Berlin:")).toEqual(["DTEND;TZID=Europe/Berlin:20270105T191500"]);
    expect(line(text, "RRULE:")).toEqual(["RRULE:FREQ=WEEKLY;BYDAY=TU;WKST=MO"]);
    expect(line(text, "DTSTAMP:")).toEqual(["DTSTAMP:20270104T091500Z"]);
    const alarm = vevent.getFirstSubcomponent("valarm");
    expect(alarm?.getFirstPropertyValue("action")).toBe("DISPLAY");
    expect(String(alarm?.getFirstPropertyValue("trigger"))).toBe("-PT30M");
    expect(alarm?.getFirstPropertyValue("description")).toBe("Your Tandem check-in with Sam starts in 30 minutes.");
  });

  it("names nobody by address: no organizer, no attendee, no email", () => {
    const text = checkInDownload(event());
    expect(text).not.toMatch(/ORGANIZER|ATTENDEE|mailto:/i);
    expect(text.replaceAll(checkInUid(event()), "")).not.toContain("@");
  });

  it("keeps a partner's name with commas, semicolons and line breaks as plain text", () => {
    const { vevent } = parse(checkInDownload(event({ partnerName: "Sam; the, \\ one\nand only" })));
    expect(vevent.getFirstPropertyValue("summary")).toBe("Tandem check-in with Sam; the, \\ one\nand only");
  });

  it.each([
    ["Berlin, weekly", rhythm({})],
    ["Berlin, every two weeks", rhythm({ frequency: "FORTNIGHTLY" })],
    ["New York, a few times a week", rhythm({ timezone: "America/New_York", frequency: "SEVERAL_A_WEEK", weekdays: ["SU", "WE"], time: "19:00" })],
    ["Sydney, daily", rhythm({ timezone: "Australia/Sydney", frequency: "DAILY", weekdays: [], time: "07:15" })],
    ["Chatham, daily", rhythm({ timezone: "Pacific/Chatham", frequency: "DAILY", weekdays: [], time: "20:00" })],
    ["Kathmandu, weekly", rhythm({ timezone: "Asia/Kathmandu", weekdays: ["FR"], time: "06:00" })],
    ["Buenos Aires under its older name", rhythm({ timezone: "America/Buenos_Aires", weekdays: ["MO"] })],
  ])("expands in ical.js exactly as we compute, across the year's changes: %s", (_name, r) => {
    const text = checkInDownload(event({ rhythm: r }));
    const expected = ours(r, "2027-01-01T00:00:00Z", "2028-01-01T00:00:00Z");
    expect(expected.length).toBeGreaterThan(20);
    expect(expand(text, "2027-01-01T00:00:00Z", "2028-01-01T00:00:00Z")).toEqual(expected);
  });

  it("differs from ical.js only inside the hours the clocks skip or repeat (both stated here)", () => {
    const r = rhythm({ frequency: "DAILY", weekdays: [], time: "02:30" });
    const text = checkInDownload(event({ rhythm: r }));
    // 28 March: we drop the skipped 02:30 (RFC 5545); ical.js reads it with the summer offset (00:30 UTC).
    expect(ours(r, "2027-03-28T00:00:00Z", "2027-03-29T00:00:00Z")).toEqual([]);
    expect(expand(text, "2027-03-28T00:00:00Z", "2027-03-29T00:00:00Z")).toEqual(["2027-03-28T00:30:00.000Z"]);
    // 31 October: we take the first 02:30 (summer time); ical.js takes the second.
    expect(ours(r, "2027-10-31T00:00:00Z", "2027-11-01T00:00:00Z")).toEqual(["2027-10-31T00:30:00.000Z"]);
    expect(expand(text, "2027-10-31T00:00:00Z", "2027-11-01T00:00:00Z")).toEqual(["2027-10-31T01:30:00.000Z"]);
    // Every other day agrees.
    const outside = (list: string[]) => list.filter((at) => !at.startsWith("2027-03-28") && !at.startsWith("2027-10-31"));
    expect(outside(expand(text, "2027-01-01T00:00:00Z", "2028-01-01T00:00:00Z"))).toEqual(outside(ours(r, "2027-01-01T00:00:00Z", "2028-01-01T00:00:00Z")));
  });

  it("leaves out the check-ins of an ended pause, and ends the series at a pause with no end", () => {
    const r = rhythm({});
    const ended = { start: new Date("2027-03-20T00:00:00Z"), end: new Date("2027-04-10T00:00:00Z") };
    const withEnded = checkInDownload(event({ rhythm: r, paused: [ended] }));
    expect(line(withEnded, "EXDATE")).toEqual(["EXDATE;TZID=Europe/Berlin:20270323T183000,20270330T183000,20270406T183000"]);
    expect(expand(withEnded, "2027-01-01T00:00:00Z", "2028-01-01T00:00:00Z")).toEqual(ours(r, "2027-01-01T00:00:00Z", "2028-01-01T00:00:00Z", [ended]));

    const open = { start: new Date("2027-05-01T00:00:00Z"), end: null };
    const withOpen = checkInDownload(event({ rhythm: r, paused: [ended, open] }));
    expect(line(withOpen, "RRULE:")).toEqual(["RRULE:FREQ=WEEKLY;UNTIL=20270430T235959Z;BYDAY=TU;WKST=MO"]);
    const expected = ours(r, "2027-01-01T00:00:00Z", "2030-01-01T00:00:00Z", [ended, open]);
    expect(expected.at(-1)).toBe("2027-04-27T16:30:00.000Z");
    expect(expand(withOpen, "2027-01-01T00:00:00Z", "2030-01-01T00:00:00Z")).toEqual(expected);
  });

  it("ends the series when the version stops applying", () => {
    const r = rhythm({});
    const text = checkInDownload(event({ rhythm: r, endsAt: new Date("2027-02-09T17:30:00Z") }));
    // The check-in starting exactly then is no longer part of it.
    expect(expand(text, "2027-01-01T00:00:00Z", "2030-01-01T00:00:00Z")).toEqual(["2027-01-05T17:30:00.000Z", "2027-01-12T17:30:00.000Z", "2027-01-19T17:30:00.000Z", "2027-01-26T17:30:00.000Z", "2027-02-02T17:30:00.000Z"]);
  });

  it("marks the event cancelled, without a reminder, when nothing is left before the cut-off", () => {
    const text = checkInDownload(event({ paused: [{ start: new Date("2027-01-04T10:00:00Z"), end: null }] }));
    const { vevent } = parse(text);
    expect(vevent.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(vevent.getFirstProperty("rrule")).toBeNull();
    expect(vevent.getFirstSubcomponent("valarm")).toBeNull();
  });
});

describe("checkInInvitation", () => {
  it("invites one member, from Tandem's no-reply address, naming only them", () => {
    const text = checkInInvitation(event(), "REQUEST", { organizer, attendee: alex });
    const { root, vevent } = parse(text);
    expect(root.getFirstPropertyValue("method")).toBe("REQUEST");
    expect(vevent.getFirstPropertyValue("organizer")).toBe("mailto:no-reply@tandem.example");
    const attendees = vevent.getAllProperties("attendee");
    expect(attendees).toHaveLength(1);
    expect(String(attendees[0]!.getFirstValue()).toLowerCase()).toBe("mailto:alex@example.com");
    expect(attendees[0]!.getParameter("partstat")).toBe("NEEDS-ACTION");
    const addresses = text.replaceAll(/\r\n /g, "").match(/[\w.+-]+@[\w.-]+/g) ?? [];
    expect(new Set(addresses)).toEqual(new Set(["no-reply@tandem.example", "alex@example.com", checkInUid(event()).replace(/^.*?@/, "check-in-cmpartnership01-v3@")]));
    expect(expand(text, "2027-01-01T00:00:00Z", "2028-01-01T00:00:00Z")).toEqual(ours(event().rhythm, "2027-01-01T00:00:00Z", "2028-01-01T00:00:00Z"));
  });

  it("cancels the same event with a higher sequence", () => {
    const request = parse(checkInInvitation(event({ revision: 2 }), "REQUEST", { organizer, attendee: alex }));
    const cancel = parse(checkInInvitation(event({ revision: 2 }), "CANCEL", { organizer, attendee: alex }));
    expect(cancel.root.getFirstPropertyValue("method")).toBe("CANCEL");
    expect(cancel.vevent.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(cancel.vevent.getFirstPropertyValue("uid")).toBe(request.vevent.getFirstPropertyValue("uid"));
    expect(request.vevent.getFirstPropertyValue("sequence")).toBe(5);
    expect(cancel.vevent.getFirstPropertyValue("sequence")).toBe(6);
    expect(cancel.vevent.getFirstSubcomponent("valarm")).toBeNull();
  });

  it("gives each version of the agreement its own event", () => {
    expect(checkInUid(event({ version: 4 }))).not.toBe(checkInUid(event({ version: 3 })));
  });
});

describe("the server's own zone", () => {
  const saved = process.env.TZ;
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  it("changes nothing in what we write", () => {
    const write = () => [
      checkInDownload(event({ rhythm: rhythm({ timezone: "America/Santiago", time: "23:30", frequency: "DAILY", weekdays: [] }), paused: [{ start: new Date("2027-02-01T00:00:00Z"), end: new Date("2027-02-20T00:00:00Z") }] })),
      checkInInvitation(event(), "REQUEST", { organizer, attendee: alex }),
    ];
    process.env.TZ = "UTC";
    const inUtc = write();
    for (const zone of ["Pacific/Chatham", "America/New_York", "Asia/Kathmandu"]) {
      process.env.TZ = zone;
      expect(write()).toEqual(inUtc);
    }
  });
});
