import { DateTime } from "luxon";
import { afterEach, describe, expect, it } from "vitest";
import { nextOccurrence, occurrenceLimit, occurrencesBetween, rhythmRuleText } from "./occurrences";
import { rhythmOf, type Rhythm } from "./rhythm";

function rhythm(over: Record<string, unknown>, from: string): Rhythm {
  const fields = { frequency: "DAILY", weekdays: [], time: "18:30", timezone: "Europe/Berlin", durationMinutes: 30, ...over };
  const result = rhythmOf(fields, new Date(from));
  if (result.kind !== "rhythm") throw new Error(`expected a rhythm, got ${result.reason}`);
  return result;
}

const starts = (list: { start: Date }[]) => list.map((o) => o.start.toISOString());
const between = (r: Rhythm, from: string, to: string) => starts(occurrencesBetween(r, { from: new Date(from), to: new Date(to) }));
/** The instant of a wall-clock time in a zone, by luxon (independent of the recurrence engine). */
const wall = (zone: string, iso: string) => DateTime.fromISO(iso, { zone }).toUTC().toISO({ suppressMilliseconds: false });

describe("occurrencesBetween across daylight-saving changes", () => {
  it("keeps the wall-clock time in Berlin through both changes", () => {
    const r = rhythm({ time: "18:30" }, "2027-03-26T00:00:00Z");
    expect(between(r, "2027-03-27T00:00:00Z", "2027-03-30T00:00:00Z")).toEqual(["2027-03-27T17:30:00.000Z", "2027-03-28T16:30:00.000Z", "2027-03-29T16:30:00.000Z"]);
    expect(between(r, "2027-10-30T00:00:00Z", "2027-11-02T00:00:00Z")).toEqual(["2027-10-30T16:30:00.000Z", "2027-10-31T17:30:00.000Z", "2027-11-01T17:30:00.000Z"]);
    for (const start of between(r, "2027-03-01T00:00:00Z", "2027-12-01T00:00:00Z")) {
      expect(DateTime.fromISO(start, { zone: "Europe/Berlin" }).toFormat("HH:mm")).toBe("18:30");
    }
  });

  it("drops a Berlin check-in in the skipped hour and takes the first of the repeated hour", () => {
    const r = rhythm({ time: "02:30" }, "2027-03-20T00:00:00Z");
    // 28 March: 02:00–03:00 doesn't exist, so no check-in that day.
    expect(between(r, "2027-03-27T00:00:00Z", "2027-03-30T00:00:00Z")).toEqual(["2027-03-27T01:30:00.000Z", "2027-03-29T00:30:00.000Z"]);
    // 31 October: 02:30 happens at 00:30 UTC (summer time) and again at 01:30 UTC; the first counts, once.
    expect(between(r, "2027-10-30T00:00:00Z", "2027-11-02T00:00:00Z")).toEqual(["2027-10-30T00:30:00.000Z", "2027-10-31T00:30:00.000Z", "2027-11-01T01:30:00.000Z"]);
  });

  it("does the same in New York", () => {
    const r = rhythm({ timezone: "America/New_York", time: "02:30" }, "2027-03-01T00:00:00Z");
    // 14 March: 02:00–03:00 is skipped.
    expect(between(r, "2027-03-13T00:00:00Z", "2027-03-16T00:00:00Z")).toEqual(["2027-03-13T07:30:00.000Z", "2027-03-15T06:30:00.000Z"]);
    const late = rhythm({ timezone: "America/New_York", time: "01:30" }, "2027-11-01T00:00:00Z");
    // 7 November: 01:00–02:00 happens twice; the first (daylight time, 05:30 UTC) counts.
    expect(between(late, "2027-11-06T00:00:00Z", "2027-11-09T00:00:00Z")).toEqual(["2027-11-06T05:30:00.000Z", "2027-11-07T05:30:00.000Z", "2027-11-08T06:30:00.000Z"]);
    const evening = rhythm({ timezone: "America/New_York", time: "19:00", frequency: "WEEKLY", weekdays: ["SU"] }, "2027-03-01T00:00:00Z");
    expect(between(evening, "2027-03-06T00:00:00Z", "2027-03-20T00:00:00Z")).toEqual([wall("America/New_York", "2027-03-07T19:00"), wall("America/New_York", "2027-03-14T19:00")]);
  });

  it("handles the southern hemisphere: Sydney", () => {
    const r = rhythm({ timezone: "Australia/Sydney", time: "02:30" }, "2027-03-01T00:00:00Z");
    // 4 April: summer time ends, 02:00–03:00 twice; the first is at +11:00.
    expect(between(r, "2027-04-03T00:00:00Z", "2027-04-05T00:00:00Z")).toEqual(["2027-04-03T15:30:00.000Z", "2027-04-04T16:30:00.000Z"]);
    // 3 October: summer time starts, 02:00–03:00 is skipped.
    expect(between(r, "2027-10-01T00:00:00Z", "2027-10-04T00:00:00Z")).toEqual(["2027-10-01T16:30:00.000Z", "2027-10-03T15:30:00.000Z"]);
  });

  it("handles the southern hemisphere: Santiago, where the change happens at midnight", () => {
    const r = rhythm({ timezone: "America/Santiago", time: "23:30" }, "2027-03-01T00:00:00Z");
    // Saturday 3 April: 23:00–24:00 happens twice; the first is at -03:00.
    expect(between(r, "2027-04-03T12:00:00Z", "2027-04-06T00:00:00Z")).toEqual(["2027-04-04T02:30:00.000Z", "2027-04-05T03:30:00.000Z"]);
    const night = rhythm({ timezone: "America/Santiago", time: "00:30" }, "2027-08-01T00:00:00Z");
    // Sunday 5 September: 00:00–01:00 is skipped.
    expect(between(night, "2027-09-04T00:00:00Z", "2027-09-07T00:00:00Z")).toEqual(["2027-09-04T04:30:00.000Z", "2027-09-06T03:30:00.000Z"]);
  });

  it("handles 45-minute zones: Kathmandu (no changes) and Chatham (changes at 02:45 and 03:45)", () => {
    const kathmandu = rhythm({ timezone: "Asia/Kathmandu", time: "18:00" }, "2027-03-01T00:00:00Z");
    expect(between(kathmandu, "2027-03-27T00:00:00Z", "2027-03-29T00:00:00Z")).toEqual(["2027-03-27T12:15:00.000Z", "2027-03-28T12:15:00.000Z"]);
    const chatham = rhythm({ timezone: "Pacific/Chatham", time: "03:00" }, "2027-03-01T00:00:00Z");
    // 4 April: 02:45–03:45 happens twice; the first is at +13:45.
    expect(between(chatham, "2027-04-03T00:00:00Z", "2027-04-05T00:00:00Z")).toEqual(["2027-04-03T13:15:00.000Z", "2027-04-04T14:15:00.000Z"]);
    // 26 September: 02:45–03:45 is skipped.
    expect(between(chatham, "2027-09-24T00:00:00Z", "2027-09-27T00:00:00Z")).toEqual(["2027-09-24T14:15:00.000Z", "2027-09-26T13:15:00.000Z"]);
  });

  it("keeps every other week on the same weekday and wall-clock time across a change", () => {
    const r = rhythm({ frequency: "FORTNIGHTLY", weekdays: ["TU"] }, "2027-03-01T00:00:00Z");
    expect(between(r, "2027-03-01T00:00:00Z", "2027-04-20T00:00:00Z")).toEqual([
      wall("Europe/Berlin", "2027-03-02T18:30"),
      wall("Europe/Berlin", "2027-03-16T18:30"),
      wall("Europe/Berlin", "2027-03-30T18:30"),
      wall("Europe/Berlin", "2027-04-13T18:30"),
    ]);
    expect(wall("Europe/Berlin", "2027-03-16T18:30")).toBe("2027-03-16T17:30:00.000Z");
    expect(wall("Europe/Berlin", "2027-03-30T18:30")).toBe("2027-03-30T16:30:00.000Z");
  });

  it("keeps the fortnight counted from the first check-in, whatever window is asked for", () => {
    const r = rhythm({ frequency: "FORTNIGHTLY", weekdays: ["TU"] }, "2027-03-01T00:00:00Z");
    expect(between(r, "2027-11-01T00:00:00Z", "2027-11-20T00:00:00Z")).toEqual([wall("Europe/Berlin", "2027-11-09T18:30")]);
  });
});

describe("occurrencesBetween windows, pauses and bounds", () => {
  const weekly = rhythm({ frequency: "WEEKLY", weekdays: ["TU"] }, "2026-12-01T00:00:00Z");

  it("gives each check-in its agreed length", () => {
    const [first] = occurrencesBetween(rhythm({ durationMinutes: 45 }, "2026-12-01T00:00:00Z"), { from: new Date("2026-12-01T00:00:00Z"), to: new Date("2026-12-02T00:00:00Z") });
    expect(first).toEqual({ start: new Date("2026-12-01T17:30:00Z"), end: new Date("2026-12-01T18:15:00Z") });
  });

  it("includes a check-in starting at `from` and excludes one starting at `to`", () => {
    expect(between(weekly, "2026-12-01T17:30:00Z", "2026-12-08T17:30:00Z")).toEqual(["2026-12-01T17:30:00.000Z"]);
  });

  it("has nothing before the first check-in", () => {
    expect(between(weekly, "2026-01-01T00:00:00Z", "2026-12-02T00:00:00Z")).toEqual(["2026-12-01T17:30:00.000Z"]);
  });

  it("has no check-ins in a paused period (start included, end excluded), nor after a pause with no end", () => {
    const paused = [{ start: new Date("2026-12-08T17:30:00Z"), end: new Date("2026-12-22T17:30:00Z") }];
    const list = occurrencesBetween(weekly, { from: new Date("2026-12-01T00:00:00Z"), to: new Date("2027-01-01T00:00:00Z"), paused });
    expect(starts(list)).toEqual(["2026-12-01T17:30:00.000Z", "2026-12-22T17:30:00.000Z", "2026-12-29T17:30:00.000Z"]);
    const open = occurrencesBetween(weekly, { from: new Date("2026-12-01T00:00:00Z"), to: new Date("2027-01-01T00:00:00Z"), paused: [{ start: new Date("2026-12-10T00:00:00Z"), end: null }] });
    expect(starts(open)).toEqual(["2026-12-01T17:30:00.000Z", "2026-12-08T17:30:00.000Z"]);
  });

  it("stops at the limit, and never gives more than the ceiling", () => {
    const daily = rhythm({}, "2026-12-01T00:00:00Z");
    const from = new Date("2026-12-01T00:00:00Z");
    const to = new Date("2036-12-01T00:00:00Z");
    expect(occurrencesBetween(daily, { from, to })).toHaveLength(occurrenceLimit);
    expect(occurrencesBetween(daily, { from, to, limit: 10_000 })).toHaveLength(occurrenceLimit);
    expect(starts(occurrencesBetween(daily, { from, to, limit: 2 }))).toEqual(["2026-12-01T17:30:00.000Z", "2026-12-02T17:30:00.000Z"]);
    expect(occurrencesBetween(daily, { from, to, limit: 0 })).toEqual([]);
    expect(occurrencesBetween(daily, { from, to, limit: -5 })).toEqual([]);
  });

  it("gives the 500 check-ins in order, each once, a day apart", () => {
    const daily = rhythm({}, "2026-12-01T00:00:00Z");
    const list = starts(occurrencesBetween(daily, { from: new Date("2026-12-01T00:00:00Z"), to: new Date("2036-12-01T00:00:00Z") }));
    expect(new Set(list).size).toBe(list.length);
    expect([...list].sort()).toEqual(list);
    expect(list.at(-1)).toBe(wall("Europe/Berlin", "2028-04-13T18:30"));
  });

  it("gives nothing for an empty, reversed or invalid window", () => {
    expect(between(weekly, "2026-12-05T00:00:00Z", "2026-12-05T00:00:00Z")).toEqual([]);
    expect(between(weekly, "2027-01-05T00:00:00Z", "2026-12-05T00:00:00Z")).toEqual([]);
    expect(occurrencesBetween(weekly, { from: new Date(Number.NaN), to: new Date() })).toEqual([]);
  });
});

describe("nextOccurrence", () => {
  const weekly = rhythm({ frequency: "WEEKLY", weekdays: ["TU"] }, "2026-12-01T00:00:00Z");

  it("gives the next check-in at or after a moment", () => {
    expect(nextOccurrence(weekly, { after: new Date("2026-12-02T00:00:00Z") })?.start.toISOString()).toBe("2026-12-08T17:30:00.000Z");
    expect(nextOccurrence(weekly, { after: new Date("2026-12-08T17:30:00Z") })?.start.toISOString()).toBe("2026-12-08T17:30:00.000Z");
  });

  it("skips a pause, and gives none during a pause with no end", () => {
    const paused = [{ start: new Date("2026-12-02T00:00:00Z"), end: new Date("2026-12-20T00:00:00Z") }];
    expect(nextOccurrence(weekly, { after: new Date("2026-12-02T00:00:00Z"), paused })?.start.toISOString()).toBe("2026-12-22T17:30:00.000Z");
    expect(nextOccurrence(weekly, { after: new Date("2026-12-02T00:00:00Z"), paused: [{ start: new Date("2026-12-02T00:00:00Z"), end: null }] })).toBeNull();
  });
});

describe("the server's own zone", () => {
  const saved = process.env.TZ;
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  it("changes nothing", () => {
    const compute = () => {
      const r = rhythm({ timezone: "America/New_York", time: "01:30", frequency: "SEVERAL_A_WEEK", weekdays: ["SU", "WE"] }, "2027-10-01T00:00:00Z");
      return { rule: rhythmRuleText(r), starts: between(r, "2027-10-01T00:00:00Z", "2028-04-01T00:00:00Z") };
    };
    process.env.TZ = "UTC";
    const inUtc = compute();
    for (const zone of ["Pacific/Chatham", "America/Santiago", "Asia/Kathmandu"]) {
      process.env.TZ = zone;
      expect(compute()).toEqual(inUtc);
    }
  });
});
