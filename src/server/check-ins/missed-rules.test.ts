import { describe, expect, it } from "vitest";
import { rhythmOf, type Rhythm } from "@/shared/check-ins/rhythm";
import { consecutiveMisses, dueOccurrences, isDue, ladderStep, planMissed, reliability, remindersDue } from "./missed-rules";

function rhythm(over: Record<string, unknown>, from: string): Rhythm {
  const fields = { frequency: "WEEKLY", weekdays: ["TU"], time: "18:30", timezone: "Europe/Berlin", durationMinutes: 30, ...over };
  const result = rhythmOf(fields, new Date(from));
  if (result.kind !== "rhythm") throw new Error("expected a rhythm");
  return result;
}

const at = (iso: string) => new Date(iso);
const ms = (...isos: string[]) => new Set(isos.map((iso) => at(iso).getTime()));
const none = new Set<number>();
// Tuesdays at 18:30 in Berlin: 17:30 UTC in winter, 16:30 UTC from 28 March 2027.
const weekly = rhythm({}, "2026-12-01T00:00:00Z");
const spring = rhythm({}, "2027-03-01T00:00:00Z");

describe("isDue", () => {
  it("is missed exactly 24 hours after the planned start", () => {
    const start = at("2026-12-08T17:30:00Z");
    expect(isDue(start, at("2026-12-09T17:29:59.999Z"))).toBe(false);
    expect(isDue(start, at("2026-12-09T17:30:00Z"))).toBe(true);
  });
});

describe("ladderStep", () => {
  it("nudges after one and two misses, invites a pause or review after three, then stays quiet", () => {
    expect([0, 1, 2, 3, 4, 9].map(ladderStep)).toEqual([null, "nudge", "nudge", "pause-or-review", null, null]);
  });
});

describe("consecutiveMisses", () => {
  const due = dueOccurrences(weekly, [], at("2026-12-24T00:00:00Z"), 56);

  it("counts back from the given check-in and stops at a logged one", () => {
    expect(due.map((o) => o.start.toISOString())).toEqual(["2026-12-01T17:30:00.000Z", "2026-12-08T17:30:00.000Z", "2026-12-15T17:30:00.000Z", "2026-12-22T17:30:00.000Z"]);
    expect(consecutiveMisses(due, none, at("2026-12-22T17:30:00Z"))).toBe(4);
    expect(consecutiveMisses(due, ms("2026-12-08T17:30:00Z"), at("2026-12-22T17:30:00Z"))).toBe(2);
    expect(consecutiveMisses(due, ms("2026-12-22T17:30:00Z"), at("2026-12-22T17:30:00Z"))).toBe(0);
    expect(consecutiveMisses(due, none, at("2026-12-08T17:30:00Z"))).toBe(2);
  });

  it("skips paused weeks: they neither count nor break the run", () => {
    const paused = [{ start: at("2026-12-10T00:00:00Z"), end: at("2026-12-20T00:00:00Z") }];
    const withPause = dueOccurrences(weekly, paused, at("2026-12-24T00:00:00Z"), 56);
    expect(withPause).toHaveLength(3);
    expect(consecutiveMisses(withPause, none, at("2026-12-22T17:30:00Z"))).toBe(3);
  });
});

describe("planMissed", () => {
  const plan = (now: string, logged = none, handled = none, paused = [] as { start: Date; end: Date | null }[]) =>
    planMissed({ rhythm: weekly, paused, logged, handled, now: at(now) });

  it("does nothing inside the grace period", () => {
    expect(plan("2026-12-02T17:29:00Z")).toEqual({ record: [], notice: null });
  });

  it("nudges once the grace period has passed, and not again once recorded", () => {
    const first = plan("2026-12-02T17:30:00Z");
    expect(first).toEqual({ record: [at("2026-12-01T17:30:00Z")], notice: { occurrenceStart: at("2026-12-01T17:30:00Z"), consecutive: 1, step: "nudge" } });
    expect(plan("2026-12-02T17:45:00Z", none, ms("2026-12-01T17:30:00Z"))).toEqual({ record: [], notice: null });
  });

  it("climbs the ladder: a second nudge, then the invitation to pause or review", () => {
    const handled = ms("2026-12-01T17:30:00Z", "2026-12-08T17:30:00Z");
    expect(plan("2026-12-09T18:00:00Z", none, ms("2026-12-01T17:30:00Z"))?.notice).toMatchObject({ consecutive: 2, step: "nudge" });
    expect(plan("2026-12-16T18:00:00Z", none, handled)?.notice).toMatchObject({ consecutive: 3, step: "pause-or-review" });
    const fourth = plan("2026-12-23T18:00:00Z", none, ms("2026-12-01T17:30:00Z", "2026-12-08T17:30:00Z", "2026-12-15T17:30:00Z"));
    expect(fourth).toEqual({ record: [at("2026-12-22T17:30:00Z")], notice: null });
  });

  it("starts again after a logged check-in", () => {
    const handled = ms("2026-12-01T17:30:00Z", "2026-12-15T17:30:00Z");
    expect(plan("2026-12-23T18:00:00Z", ms("2026-12-08T17:30:00Z"), handled)?.notice).toMatchObject({ consecutive: 2, step: "nudge" });
  });

  it("after an outage records the last 14 days' misses but sends one notice, for the latest", () => {
    const result = plan("2026-12-16T18:00:00Z");
    expect(result.record).toEqual([at("2026-12-08T17:30:00Z"), at("2026-12-15T17:30:00Z")]);
    expect(result.notice).toMatchObject({ occurrenceStart: at("2026-12-15T17:30:00Z"), consecutive: 3, step: "pause-or-review" });
  });

  it("stays silent about an old miss when a later check-in was logged", () => {
    const result = plan("2026-12-09T18:00:00Z", ms("2026-12-08T17:30:00Z"));
    expect(result).toEqual({ record: [at("2026-12-01T17:30:00Z")], notice: null });
  });

  it("sends nothing for check-ins inside a pause", () => {
    expect(plan("2026-12-02T18:00:00Z", none, none, [{ start: at("2026-11-30T00:00:00Z"), end: null }])).toEqual({ record: [], notice: null });
  });

  it("goes by the zone's clock across the daylight-saving change", () => {
    const handled = ms("2027-03-02T17:30:00Z", "2027-03-09T17:30:00Z", "2027-03-16T17:30:00Z", "2027-03-23T17:30:00Z");
    const args = { rhythm: spring, paused: [], logged: ms("2027-03-16T17:30:00Z"), handled };
    expect(planMissed({ ...args, now: at("2027-03-31T16:29:59Z") }).notice).toBeNull();
    expect(planMissed({ ...args, now: at("2027-03-31T16:30:00Z") })).toEqual({
      record: [at("2027-03-30T16:30:00Z")],
      notice: { occurrenceStart: at("2027-03-30T16:30:00Z"), consecutive: 2, step: "nudge" },
    });
  });
});

describe("remindersDue", () => {
  it("reminds within the hour before, once, and never in a pause", () => {
    expect(remindersDue(weekly, [], none, at("2026-12-08T16:29:00Z"))).toEqual([]);
    expect(remindersDue(weekly, [], none, at("2026-12-08T16:30:00Z"))).toEqual([at("2026-12-08T17:30:00Z")]);
    expect(remindersDue(weekly, [], ms("2026-12-08T17:30:00Z"), at("2026-12-08T16:45:00Z"))).toEqual([]);
    expect(remindersDue(weekly, [{ start: at("2026-12-08T00:00:00Z"), end: null }], none, at("2026-12-08T16:45:00Z"))).toEqual([]);
  });

  it("follows the new UTC hour after the clocks change", () => {
    expect(remindersDue(spring, [], none, at("2027-03-30T15:45:00Z"))).toEqual([at("2027-03-30T16:30:00Z")]);
  });
});

describe("reliability", () => {
  it("counts the last eight weeks, leaves out pauses and check-ins still in their grace period", () => {
    const daily = rhythm({ frequency: "DAILY", weekdays: ["MO", "TU", "WE", "TH", "FR", "SA", "SU"], time: "12:00", timezone: "UTC" }, "2026-10-01T00:00:00Z");
    const now = at("2026-12-31T13:00:00Z");
    const all = reliability(daily, [], none, now);
    expect(all).toEqual({ met: 0, of: 55 });
    const paused = [{ start: at("2026-11-10T00:00:00Z"), end: at("2026-12-29T00:00:00Z") }];
    expect(reliability(daily, paused, ms("2026-12-30T12:00:00Z", "2026-12-31T12:00:00Z", "2026-11-06T12:00:00Z"), now)).toEqual({ met: 3, of: 7 });
  });
});
