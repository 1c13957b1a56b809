import { describe, expect, it } from "vitest";
import { activeTime, cadenceWeeks, dueReviews, nextReviewDue, whenActiveReaches, type ReviewClock } from "./schedule";

const day = 24 * 60 * 60 * 1000;
const week = 7 * day;
const start = new Date("2026-01-05T10:00:00Z");
const at = (ms: number) => new Date(start.getTime() + ms);
const clock = (paused: ReviewClock["paused"] = []): ReviewClock => ({ activatedAt: start, paused });

describe("cadence", () => {
  it("is 13 weeks quarterly and 6 weeks for every 6 weeks", () => {
    expect(cadenceWeeks("QUARTERLY")).toBe(13);
    expect(cadenceWeeks("EVERY_6_WEEKS")).toBe(6);
  });
});

describe("active time", () => {
  it("is zero before and at activation, then grows with the clock", () => {
    expect(activeTime(clock(), at(-day))).toBe(0);
    expect(activeTime(clock(), start)).toBe(0);
    expect(activeTime(clock(), at(3 * day))).toBe(3 * day);
  });

  it("leaves out a closed pause, an open one up to now, and the part of a pause before activation", () => {
    const paused = [
      { start: at(-5 * day), end: at(2 * day) },
      { start: at(10 * day), end: at(12 * day) },
      { start: at(20 * day), end: null },
    ];
    expect(activeTime(clock(paused), at(11 * day))).toBe(11 * day - 2 * day - day);
    expect(activeTime(clock(paused), at(15 * day))).toBe(15 * day - 2 * day - 2 * day);
    expect(activeTime(clock(paused), at(30 * day))).toBe(20 * day - 2 * day - 2 * day);
  });

  it("counts overlapping pauses once", () => {
    const paused = [
      { start: at(1 * day), end: at(4 * day) },
      { start: at(2 * day), end: at(6 * day) },
    ];
    expect(activeTime(clock(paused), at(10 * day))).toBe(5 * day);
  });
});

describe("when active time reaches an amount", () => {
  it("is activation plus the amount with no pauses", () => {
    expect(whenActiveReaches(clock(), 13 * week)).toEqual(at(13 * week));
  });

  it("moves by the paused time of pauses before it, not by pauses after it", () => {
    const paused = [
      { start: at(2 * week), end: at(5 * week) },
      { start: at(20 * week), end: at(21 * week) },
    ];
    expect(whenActiveReaches(clock(paused), 13 * week)).toEqual(at(16 * week));
  });

  it("is reached at the start of a pause exactly when the amount ends there", () => {
    expect(whenActiveReaches(clock([{ start: at(week), end: at(2 * week) }]), week)).toEqual(at(week));
  });

  it("treats an open pause as ending now, and gives null without now", () => {
    const paused = [{ start: at(week), end: null }];
    expect(whenActiveReaches(clock(paused), 2 * week, at(3 * week))).toEqual(at(4 * week));
    expect(whenActiveReaches(clock(paused), 2 * week)).toBeNull();
    expect(whenActiveReaches(clock(paused), week / 2)).toEqual(at(week / 2));
  });
});

describe("due reviews", () => {
  const quarterly = { cadence: "QUARTERLY" as const, trial: false };
  const withTrial = { cadence: "QUARTERLY" as const, trial: true };

  it("none before the first cycle ends", () => {
    expect(dueReviews(clock(), quarterly, at(13 * week - 1))).toEqual([]);
    expect(dueReviews(clock(), quarterly, at(-week))).toEqual([]);
  });

  it("the first regular review at exactly 13 weeks", () => {
    expect(dueReviews(clock(), quarterly, at(13 * week))).toEqual([{ kind: "QUARTERLY", number: 1, dueAt: at(13 * week) }]);
  });

  it("every 6 weeks when the agreement says so", () => {
    expect(dueReviews(clock(), { cadence: "EVERY_6_WEEKS", trial: false }, at(13 * week))).toEqual([{ kind: "QUARTERLY", number: 2, dueAt: at(12 * week) }]);
  });

  it("only the latest cycle after a long time overdue: no flood", () => {
    expect(dueReviews(clock(), quarterly, at(60 * week))).toEqual([{ kind: "QUARTERLY", number: 4, dueAt: at(52 * week) }]);
  });

  it("moves by the paused time", () => {
    const paused = [{ start: at(5 * week), end: at(8 * week) }];
    expect(dueReviews(clock(paused), quarterly, at(14 * week))).toEqual([]);
    expect(dueReviews(clock(paused), quarterly, at(16 * week))).toEqual([{ kind: "QUARTERLY", number: 1, dueAt: at(16 * week) }]);
  });

  it("nothing falls due during an open pause, and what fell due before it stays due", () => {
    expect(dueReviews(clock([{ start: at(10 * week), end: null }]), quarterly, at(30 * week))).toEqual([]);
    expect(dueReviews(clock([{ start: at(14 * week), end: null }]), quarterly, at(30 * week))).toEqual([{ kind: "QUARTERLY", number: 1, dueAt: at(13 * week) }]);
  });

  it("a trial review after 4 weeks of active time, only when asked for, always number 1", () => {
    expect(dueReviews(clock(), withTrial, at(4 * week - 1))).toEqual([]);
    expect(dueReviews(clock(), withTrial, at(4 * week))).toEqual([{ kind: "TRIAL", number: 1, dueAt: at(4 * week) }]);
    expect(dueReviews(clock(), quarterly, at(4 * week))).toEqual([]);
    expect(dueReviews(clock([{ start: at(week), end: at(3 * week) }]), withTrial, at(5 * week))).toEqual([]);
    expect(dueReviews(clock(), withTrial, at(13 * week))).toEqual([
      { kind: "TRIAL", number: 1, dueAt: at(4 * week) },
      { kind: "QUARTERLY", number: 1, dueAt: at(13 * week) },
    ]);
  });
});

describe("the next review's date", () => {
  it("is the end of the next cycle", () => {
    expect(nextReviewDue(clock(), "QUARTERLY", at(13 * week))).toEqual(at(26 * week));
    expect(nextReviewDue(clock(), "QUARTERLY", at(14 * week))).toEqual(at(26 * week));
    expect(nextReviewDue(clock(), "EVERY_6_WEEKS", at(day))).toEqual(at(6 * week));
  });

  it("counts past pauses, and an open pause as if resumed now", () => {
    expect(nextReviewDue(clock([{ start: at(14 * week), end: at(16 * week) }]), "QUARTERLY", at(17 * week))).toEqual(at(28 * week));
    expect(nextReviewDue(clock([{ start: at(14 * week), end: null }]), "QUARTERLY", at(20 * week))).toEqual(at(32 * week));
  });
});
