import { describe, expect, it } from "vitest";
import { rhythmOf, rhythmOfVersion, type Rhythm } from "./rhythm";

const fields = (over: Record<string, unknown> = {}) => ({
  frequency: "WEEKLY",
  weekdays: ["TU"],
  time: "18:30",
  timezone: "Europe/Berlin",
  durationMinutes: 30,
  channel: "VIDEO",
  ...over,
});

function rhythm(over: Record<string, unknown>, from: string): Rhythm {
  const result = rhythmOf(fields(over), new Date(from));
  if (result.kind !== "rhythm") throw new Error(`expected a rhythm, got ${result.reason}`);
  return result;
}

describe("rhythmOf", () => {
  it("makes a daily rule on every day, whatever days were stored", () => {
    const r = rhythm({ frequency: "DAILY", weekdays: ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] }, "2026-12-01T10:00:00Z");
    expect(r.rrule).toBe("FREQ=DAILY");
    expect(r.weekdays).toEqual(["MO", "TU", "WE", "TH", "FR", "SA", "SU"]);
    // 1 December 2026 is a Tuesday; 18:30 in Berlin is still ahead at 10:00 UTC.
    expect(r.dtstartLocal).toBe("20261201T183000");
  });

  it("makes a weekly rule on the chosen days, in week order", () => {
    const r = rhythm({ frequency: "SEVERAL_A_WEEK", weekdays: ["FR", "MO", "WE"] }, "2026-12-01T10:00:00Z");
    expect(r.rrule).toBe("FREQ=WEEKLY;BYDAY=MO,WE,FR;WKST=MO");
    expect(r.dtstartLocal).toBe("20261202T183000");
  });

  it("makes a weekly rule with one day, and a fortnightly one with an interval of two", () => {
    expect(rhythm({ frequency: "WEEKLY", weekdays: ["TH"] }, "2026-12-01T10:00:00Z").rrule).toBe("FREQ=WEEKLY;BYDAY=TH;WKST=MO");
    const fortnightly = rhythm({ frequency: "FORTNIGHTLY", weekdays: ["TH"] }, "2026-12-01T10:00:00Z");
    expect(fortnightly.rrule).toBe("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;WKST=MO");
    expect(fortnightly.dtstartLocal).toBe("20261203T183000");
  });

  it("starts on the next chosen day when today's time has passed in the agreed zone", () => {
    // 17:45 UTC on Tuesday is 18:45 in Berlin: this week's check-in is already over.
    expect(rhythm({}, "2026-12-01T17:45:00Z").dtstartLocal).toBe("20261208T183000");
    // 17:30 UTC is exactly 18:30 in Berlin: that one still counts.
    expect(rhythm({}, "2026-12-01T17:30:00Z").dtstartLocal).toBe("20261201T183000");
  });

  it("reads the day in the agreed zone, not in UTC", () => {
    // Monday 23:30 UTC is already Tuesday 12:30 in Auckland.
    const r = rhythm({ timezone: "Pacific/Auckland", time: "19:00" }, "2026-11-30T23:30:00Z");
    expect(r.dtstartLocal).toBe("20261201T190000");
  });

  it("never starts in a skipped hour (that would shift every later check-in by an hour)", () => {
    // 28 March 2027: Berlin skips 02:00–03:00.
    const r = rhythm({ frequency: "DAILY", weekdays: [], time: "02:30" }, "2027-03-27T23:00:00Z");
    expect(r.dtstartLocal).toBe("20270329T023000");
  });

  it("says there is no rhythm yet when fields are missing", () => {
    expect(rhythmOf(undefined, new Date())).toEqual({ kind: "none", reason: "missing" });
    expect(rhythmOf(null, new Date())).toEqual({ kind: "none", reason: "missing" });
    expect(rhythmOf([], new Date())).toEqual({ kind: "none", reason: "missing" });
    expect(rhythmOf(fields({ time: undefined }), new Date())).toEqual({ kind: "none", reason: "missing" });
    expect(rhythmOf(fields({ timezone: null }), new Date())).toEqual({ kind: "none", reason: "missing" });
  });

  it.each([
    ["an unknown zone", { timezone: "Mars/Olympus" }],
    ["a time out of range", { time: "24:00" }],
    ["a time without minutes", { time: "18" }],
    ["an unknown frequency", { frequency: "HOURLY" }],
    ["an unknown weekday", { weekdays: ["XX"] }],
    ["a repeated weekday", { frequency: "SEVERAL_A_WEEK", weekdays: ["MO", "MO"] }],
    ["two days for once a week", { weekdays: ["MO", "TU"] }],
    ["one day for a few times a week", { frequency: "SEVERAL_A_WEEK", weekdays: ["MO"] }],
    ["no day every two weeks", { frequency: "FORTNIGHTLY", weekdays: [] }],
    ["a duration too long", { durationMinutes: 600 }],
    ["a duration that isn't whole", { durationMinutes: 30.5 }],
    ["a duration as text", { durationMinutes: "30" }],
  ])("says the rhythm is invalid for %s", (_name, over) => {
    expect(rhythmOf(fields(over), new Date("2026-12-01T10:00:00Z"))).toEqual({ kind: "none", reason: "invalid" });
  });

  it("says the rhythm is invalid for an invalid start", () => {
    expect(rhythmOf(fields(), new Date(Number.NaN))).toEqual({ kind: "none", reason: "invalid" });
  });
});

describe("rhythmOfVersion", () => {
  it("reads the fields of a stored version", () => {
    const result = rhythmOfVersion({ text: {}, fields: fields() }, new Date("2026-12-01T10:00:00Z"));
    expect(result).toMatchObject({ kind: "rhythm", timeZone: "Europe/Berlin", durationMinutes: 30, dtstartLocal: "20261201T183000" });
  });

  it("says there is no rhythm yet for content without fields", () => {
    expect(rhythmOfVersion({ text: {} }, new Date())).toEqual({ kind: "none", reason: "missing" });
    expect(rhythmOfVersion("not an agreement", new Date())).toEqual({ kind: "none", reason: "missing" });
  });
});
