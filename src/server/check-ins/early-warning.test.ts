import { describe, expect, it } from "vitest";
import { occurrencesBetween } from "@/shared/check-ins/occurrences";
import { rhythmOf, type Rhythm } from "@/shared/check-ins/rhythm";
import { planEarlyWarning, quietDays, windows } from "./early-warning";

const day = 24 * 60 * 60 * 1000;

function rhythm(over: Record<string, unknown>, from: string): Rhythm {
  const fields = { frequency: "WEEKLY", weekdays: ["TU"], time: "18:30", timezone: "Europe/Berlin", durationMinutes: 30, ...over };
  const result = rhythmOf(fields, new Date(from));
  if (result.kind !== "rhythm") throw new Error("expected a rhythm");
  return result;
}

// Tuesdays at 18:30 in Berlin since 1 December 2026; the clock stands on Friday 5 March 2027.
const weekly = rhythm({}, "2026-12-01T00:00:00Z");
const now = new Date("2027-03-05T09:00:00Z");
const { from, split, to } = windows(now);
const startsIn = (r: Rhythm, a: Date, b: Date) => occurrencesBetween(r, { from: a, to: b }).map((o) => o.start.getTime());
const usualStarts = startsIn(weekly, from, split);
const recentStarts = startsIn(weekly, split, to);
const keep = (...lists: number[][]) => new Set(lists.flat());
const plan = (logged: ReadonlySet<number>, over: Partial<Parameters<typeof planEarlyWarning>[0]> = {}) =>
  planEarlyWarning({ rhythm: weekly, paused: [], logged, lastWarnedFor: null, now, ...over });

describe("the comparison's windows", () => {
  it("counts six weeks of usual and the two weeks after them, up to the last check-in past its grace", () => {
    expect(usualStarts).toHaveLength(6);
    expect(recentStarts.map((s) => new Date(s).toISOString())).toEqual(["2027-02-23T17:30:00.000Z", "2027-03-02T17:30:00.000Z"]);
  });
});

describe("planEarlyWarning", () => {
  it("warns when a steady pair misses both check-ins of the last two weeks", () => {
    expect(plan(keep(usualStarts))).toEqual({ usual: { kept: 6, of: 6 }, recent: { kept: 0, of: 2 }, latest: new Date(recentStarts[1]!) });
  });

  it("stays quiet for a single miss: the ladder has that", () => {
    expect(plan(keep(usualStarts, [recentStarts[0]!]))).toBeNull();
  });

  it("stays quiet when recent weeks look like the pair's usual, even a patchy one", () => {
    expect(plan(keep(usualStarts, recentStarts))).toBeNull();
    // Usually 2 of 6 kept and none lately: 0% is below 60% of 33%, so that warns…
    expect(plan(keep(usualStarts.slice(0, 2)))).not.toBeNull();
    // …but a pair that never logs has no usual to fall from.
    expect(plan(keep())).toBeNull();
  });

  it("uses the threshold: recent kept-rate at most 60% of the usual", () => {
    const daily = rhythm({ frequency: "DAILY", weekdays: ["MO", "TU", "WE", "TH", "FR", "SA", "SU"], time: "12:00", timezone: "UTC" }, "2026-12-01T00:00:00Z");
    const usual = startsIn(daily, from, split);
    const recent = startsIn(daily, split, to);
    expect([usual.length, recent.length]).toEqual([42, 14]);
    const withRecent = (kept: number) => planEarlyWarning({ rhythm: daily, paused: [], logged: keep(usual, recent.slice(0, kept)), lastWarnedFor: null, now });
    // Usually all kept: 8 of 14 (57%) warns, 9 of 14 (64%) doesn't.
    expect(withRecent(8)?.recent).toEqual({ kept: 8, of: 14 });
    expect(withRecent(9)).toBeNull();
  });

  it("needs enough history: four check-ins in the usual and two recent ones", () => {
    const young = rhythm({}, "2027-01-27T00:00:00Z");
    const youngStarts = startsIn(young, from, split);
    expect(youngStarts).toHaveLength(3);
    expect(planEarlyWarning({ rhythm: young, paused: [], logged: keep(youngStarts), lastWarnedFor: null, now })).toBeNull();

    const fortnightly = rhythm({ frequency: "FORTNIGHTLY" }, "2026-11-01T00:00:00Z");
    const fortnightlyUsual = startsIn(fortnightly, from, split);
    expect(startsIn(fortnightly, split, to)).toHaveLength(1);
    expect(planEarlyWarning({ rhythm: fortnightly, paused: [], logged: keep(fortnightlyUsual), lastWarnedFor: null, now })).toBeNull();
  });

  it("leaves paused time out: a pause over the last two weeks is no drop", () => {
    const paused = [{ start: new Date(split.getTime() - day), end: null }];
    expect(plan(keep(usualStarts), { paused })).toBeNull();
    // A pause inside the usual weeks just shortens the usual; two quiet weeks after it still warn.
    const earlier = [{ start: new Date(from.getTime()), end: new Date(from.getTime() + 14 * day) }];
    expect(plan(keep(usualStarts), { paused: earlier })?.usual).toEqual({ kept: 4, of: 4 });
  });

  it("warns at most once in four weeks", () => {
    const latest = recentStarts[1]!;
    expect(plan(keep(usualStarts), { lastWarnedFor: new Date(latest) })).toBeNull();
    expect(plan(keep(usualStarts), { lastWarnedFor: new Date(latest - quietDays * day + 1) })).toBeNull();
    expect(plan(keep(usualStarts), { lastWarnedFor: new Date(latest - quietDays * day) })).not.toBeNull();
  });
});
