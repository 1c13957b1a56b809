import type { PersonalValue } from "./types";
import { describe, expect, it } from "vitest";
import { describeUtcQuarter, utcWeekBits } from "@/shared/time/availability";
import { canSustain, commitmentFit } from "./commitment";
import { communicationFit } from "./communication";
import { novemberWeek, profile, slots, weekdays } from "@/test/score-fixtures";
import { describeLocalMinute, localMinutesOfWeek } from "./local-time";
import { longestByLocalDay, overlapByLocalDay, overlapMinutes, overlapOf, parseWeekBits, weekBitsFromHex } from "./overlap";
import { scheduleFit } from "./schedule";
import { valuesFit } from "./values";
import { duration, joinAnd } from "@/shared/matching/score-words";
import { commitmentWeights, communicationWeights, factorWeights, valuesWeights } from "./weights";

const bitsWith = (...ranges: [number, number][]) => {
  const bits = new Array<string>(672).fill("0");
  for (const [from, to] of ranges) for (let q = from; q < to; q++) bits[q % 672] = "1";
  return bits.join("");
};

describe("weights", () => {
  it("split each score into parts that add up to one", () => {
    const sum = (parts: number[]) => parts.reduce((x, y) => x + y, 0);
    const c = commitmentWeights;
    const v = valuesWeights;
    const m = communicationWeights;
    expect(sum(Object.values(factorWeights))).toBeCloseTo(1);
    expect(sum([c.seriousness, c.hours, c.frequency, c.length, c.reliability])).toBeCloseTo(1);
    expect(sum([v.sharedValues, v.beliefs, v.focusAreas])).toBeCloseTo(1);
    expect(sum([m.feedback, m.missedCheckIn, m.disclosure, m.replyTime, m.relationship, m.channels])).toBeCloseTo(1);
  });
});

describe("commitment fit", () => {
  it("is full for the same seriousness, hours, rhythm, length and reliability", () => {
    expect(commitmentFit(profile(), profile())).toBeCloseTo(1);
  });

  it("drops sharply when the partner cannot keep the rhythm", () => {
    const daily = profile({ checkInFrequency: "DAILY" });
    expect(commitmentFit(daily, profile({ checkInFrequency: "FORTNIGHTLY" }))).toBeLessThan(0.4);
    expect(commitmentFit(daily, profile({ checkInFrequency: "SEVERAL_A_WEEK" }))).toBeGreaterThan(0.8);
  });

  it("treats a daily rhythm as unsustainable for someone with an hour a week", () => {
    const daily = profile({ checkInFrequency: "DAILY", hoursPerWeek: 5 });
    expect(canSustain(daily, profile({ checkInFrequency: "DAILY", hoursPerWeek: 1 }))).toBe(false);
    expect(canSustain(daily, profile({ checkInFrequency: "DAILY", hoursPerWeek: 3 }))).toBe(true);
    expect(commitmentFit(daily, profile({ checkInFrequency: "DAILY", hoursPerWeek: 1 }))).toBeLessThan(0.5);
  });

  it("minds a less committed partner more than a keener one", () => {
    const self = profile({ seriousness: 4, hoursPerWeek: 4 });
    expect(commitmentFit(self, profile({ seriousness: 2, hoursPerWeek: 2 }))).toBeLessThan(commitmentFit(self, profile({ seriousness: 5, hoursPerWeek: 8 })));
  });

  it("counts intended length and reliability only a little", () => {
    const self = profile({ intendedLength: "OPEN_ENDED", reliability: 5 });
    const other = profile({ intendedLength: "TRIAL_4_WEEKS", reliability: 1 });
    expect(commitmentFit(self, other)).toBeGreaterThanOrEqual(0.85);
    expect(commitmentFit(other, self)).toBeGreaterThan(commitmentFit(self, other)); // reliability shortfall is one-way
  });
});

describe("schedule fit", () => {
  const week = (hoursOnDays: number[]) => hoursOnDays.map((hours) => hours * 4);

  it("needs an hour on one day for a weekly rhythm", () => {
    expect(scheduleFit("WEEKLY", week([1, 0, 0, 0, 0, 0, 0]), 60)).toBeGreaterThanOrEqual(0.8);
    expect(scheduleFit("WEEKLY", week([0.5, 0, 0, 0, 0, 0, 0]), 30)).toBeLessThan(0.5);
  });

  it("needs overlap on most days for a daily rhythm", () => {
    expect(scheduleFit("DAILY", week([1, 0, 0, 0, 0, 0, 0]), 60)).toBeLessThan(0.3);
    expect(scheduleFit("DAILY", week([1, 1, 1, 1, 1, 0, 0]), 300)).toBeGreaterThan(0.85);
  });

  it("saturates when there is more than enough", () => {
    expect(scheduleFit("WEEKLY", week([3, 3, 0, 0, 0, 0, 0]), 360)).toBe(1);
    expect(scheduleFit("WEEKLY", week([3, 3, 3, 3, 3, 3, 3]), 1260)).toBe(1);
  });

  it("splits the overlap at each member's own midnight", () => {
    // 22:00–02:00 UTC Monday night: one 4-hour stretch in London, two days in Kolkata.
    const { runs } = overlapOf(bitsWith([88, 104]), bitsWith([88, 104]));
    expect(longestByLocalDay(runs, localMinutesOfWeek("Europe/London", novemberWeek))).toEqual([8, 8, 0, 0, 0, 0, 0]);
    expect(longestByLocalDay(runs, localMinutesOfWeek("Asia/Kolkata", novemberWeek))).toEqual([0, 16, 0, 0, 0, 0, 0]);
  });
});

describe("overlap", () => {
  it("joins a stretch that crosses the end of the UTC week", () => {
    const overlap = overlapOf(bitsWith([668, 676]), bitsWith([0, 672]));
    expect(overlap.runs).toEqual([{ start: 668, length: 8 }]);
    expect(overlap.minutes).toBe(120);
  });

  it("rejects malformed bits", () => {
    expect(() => overlapOf("1".repeat(671), "1".repeat(672))).toThrow(RangeError);
    expect(() => overlapOf("2".repeat(672), "1".repeat(672))).toThrow(RangeError);
  });

  it("finds the same minutes and longest stretches per local day in one pass as from the runs", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const randomBits = (density: number) => Array.from({ length: 672 }, () => (random() < density ? "1" : "0")).join("");
    const cases: [string, string][] = [
      [bitsWith([668, 676]), bitsWith([0, 672])],
      [bitsWith([0, 672]), bitsWith([0, 672])],
      [bitsWith([0, 10], [600, 672]), bitsWith([0, 672])],
      [bitsWith([0, 1], [671, 672]), bitsWith([0, 672])],
      [bitsWith([31, 33], [63, 65], [640, 672]), bitsWith([0, 672])],
      [bitsWith(), bitsWith([0, 672])],
    ];
    for (let i = 0; i < 200; i++) cases.push([randomBits(0.5 + random() / 2), randomBits(0.5 + random() / 2)]);
    for (const [zoneA, zoneB] of [["America/New_York", "Asia/Kolkata"], ["Pacific/Auckland", "America/Los_Angeles"], ["UTC", "Asia/Tokyo"]] as const) {
      const localA = localMinutesOfWeek(zoneA, novemberWeek);
      const localB = localMinutesOfWeek(zoneB, novemberWeek);
      for (const [a, b] of cases) {
        const overlap = overlapOf(a, b);
        const expected = { minutes: overlap.minutes, longestA: longestByLocalDay(overlap.runs, localA), longestB: longestByLocalDay(overlap.runs, localB) };
        expect(overlapByLocalDay(a, b, localA, localB)).toEqual(expected);
        expect(overlapByLocalDay(parseWeekBits(a), parseWeekBits(b), localA, localB)).toEqual(expected);
        expect(overlapMinutes(a, b)).toBe(overlap.minutes);
      }
    }
  });

  it("reads PostgreSQL's bytes of a bit(672) in hex", () => {
    const bits = bitsWith([0, 1], [7, 9], [31, 33], [100, 140], [671, 672]);
    let hex = "";
    for (let i = 0; i < 672; i += 8) hex += Number.parseInt(bits.slice(i, i + 8), 2).toString(16).padStart(2, "0");
    expect(weekBitsFromHex(hex)).toEqual(parseWeekBits(bits));
    expect(overlapOf(weekBitsFromHex(hex), bits)).toEqual(overlapOf(bits, bits));
    expect(() => weekBitsFromHex(hex.slice(2))).toThrow(RangeError);
    expect(() => weekBitsFromHex(`zz${hex.slice(2)}`)).toThrow(RangeError);
  });

  it("agrees with the availability module's UTC conversion", () => {
    const local = localMinutesOfWeek("America/New_York", novemberWeek);
    const bits = utcWeekBits(slots(weekdays, "18:00", "19:00"), "America/New_York", novemberWeek);
    // Each set quarter is, in New York, a weekday between 18:00 and 19:00.
    for (let q = 0; q < 672; q++) {
      if (bits[q] !== "1") continue;
      expect(Math.floor(local[q]! / 1440)).toBeLessThan(5);
      expect(Math.floor((local[q]! % 1440) / 60)).toBe(18);
    }
  });
});

describe("local time", () => {
  it.each([
    ["America/New_York", "2026-03-02", true], // spring forward on Sunday 8 March
    ["Europe/London", "2026-03-23", true], // spring forward on Sunday 29 March
    ["Europe/London", "2026-10-19", true], // fall back on Sunday 25 October
    ["Australia/Lord_Howe", "2026-09-28", true], // a half-hour change on Sunday 4 October
    ["Pacific/Chatham", "2026-09-21", true], // UTC+12:45 → +13:45 on Sunday 27 September
    ["Asia/Kathmandu", "2026-11-23", false], // UTC+5:45, no change
  ] as const)("describes every quarter exactly as describeUtcQuarter does (%s, week of %s)", (zone, monday, clocksChange) => {
    const weekStart = new Date(`${monday}T00:00:00Z`);
    const local = localMinutesOfWeek(zone, weekStart);
    expect((local[671]! - local[0]! + 10080) % 10080 !== 671 * 15).toBe(clocksChange);
    for (let q = 0; q < 672; q++) expect(describeLocalMinute(local[q]!)).toEqual(describeUtcQuarter(q, weekStart, zone));
  });

  it("rejects an unknown zone", () => {
    expect(() => localMinutesOfWeek("Mars/Olympus_Mons", novemberWeek)).toThrow(RangeError);
  });
});

describe("values fit", () => {
  it("grows with each shared value", () => {
    const self = profile({ values: ["HONESTY", "PATIENCE", "KINDNESS"] });
    const lists: PersonalValue[][] = [["GROWTH"], ["HONESTY"], ["HONESTY", "PATIENCE"], ["HONESTY", "PATIENCE", "KINDNESS"]];
    const fits = lists.map((values) => valuesFit(self, profile({ values })));
    expect(fits).toEqual([...fits].sort((x, y) => x - y));
    expect(new Set(fits).size).toBe(4);
  });

  it("falls as belief answers drift apart", () => {
    const self = profile();
    const far = profile({ beliefs: { loneliness_signal: 1, setbacks_progress: 1, asking_for_help: 1, small_steps: 1, honesty_over_comfort: 5 } });
    expect(valuesFit(self, far)).toBeLessThan(valuesFit(self, profile()) - 0.25);
  });

  it("counts a shared focus area a little", () => {
    const self = profile({ focusAreas: ["ADDICTION_RECOVERY"] });
    const gain = valuesFit(self, profile({ focusAreas: ["ADDICTION_RECOVERY"] })) - valuesFit(self, profile({ focusAreas: ["SOCIAL_ANXIETY"] }));
    expect(gain).toBeGreaterThan(0);
    expect(gain).toBeLessThanOrEqual(0.15 + 1e-9);
  });
});

describe("communication fit", () => {
  it("pairs a mentee best with a mentor, then either, then a peer, then another mentee", () => {
    const mentee = profile({ relationshipStyle: "MENTOR_ME" });
    const fit = (style: "MENTOR_OTHERS" | "EITHER" | "PEER" | "MENTOR_ME") => communicationFit(mentee, profile({ relationshipStyle: style }));
    expect(fit("MENTOR_OTHERS")).toBeGreaterThan(fit("EITHER"));
    expect(fit("EITHER")).toBeGreaterThan(fit("PEER"));
    expect(fit("PEER")).toBeGreaterThan(fit("MENTOR_ME"));
  });

  it("minds a slower reply than expected, not a faster one", () => {
    const sameDay = profile({ replyTime: "SAME_DAY" });
    const slow = profile({ replyTime: "WITHIN_48H" });
    expect(communicationFit(sameDay, slow)).toBeLessThan(communicationFit(slow, sameDay));
    expect(communicationFit(slow, sameDay)).toBeCloseTo(1);
  });

  it("falls with the gap in feedback style and disclosure pace", () => {
    const self = profile({ feedbackStyle: 1, disclosurePace: 1 });
    expect(communicationFit(self, profile({ feedbackStyle: 5, disclosurePace: 5 }))).toBeLessThan(communicationFit(self, profile({ feedbackStyle: 2, disclosurePace: 2 })));
  });
});

describe("words", () => {
  it("formats durations and lists plainly", () => {
    expect([45, 60, 90, 360, 375].map(duration)).toEqual(["45 minutes", "1 hour", "1½ hours", "6 hours", "6½ hours"]);
    expect([joinAnd(["honesty"]), joinAnd(["honesty", "patience"]), joinAnd(["a", "b", "c"])]).toEqual(["honesty", "honesty and patience", "a, b and c"]);
  });
});
