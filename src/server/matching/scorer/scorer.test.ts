import { describe, expect, it } from "vitest";
import { utcWeekBits } from "@/shared/time/availability";
import { novemberWeek, profile, slots, weekdays, weekend } from "@/test/score-fixtures";
import type { IncludedScore, MatchProfile, MatchScore } from "./types";
import { scoreMatch, scorerVersion } from "./scorer";

const week = { weekStart: novemberWeek };
const score = (a: MatchProfile, b: MatchProfile, weekStart = novemberWeek) => scoreMatch(a, b, { weekStart });

function included(result: MatchScore): IncludedScore {
  if (result.excluded !== null) throw new Error(`expected a score, got excluded: ${result.excluded}`);
  return result;
}
const total = (a: MatchProfile, b: MatchProfile) => included(score(a, b)).total;
/** Excluded pairs rank below every scored pair. */
const rank = (result: MatchScore) => (result.excluded === null ? result.total : -1);

describe("hard exclusions", () => {
  it("never matches a member with themselves", () => {
    const me = profile();
    expect(score(me, { ...me })).toEqual({ excluded: "SELF", version: scorerVersion });
  });

  it("excludes an unmet sobriety-friendly requirement, in either direction", () => {
    const needs = profile({ needsSobrietyFriendlyPartner: true });
    const notFriendly = profile({ sobrietyFriendly: false });
    expect(score(needs, notFriendly)).toEqual({ excluded: "SOBRIETY_REQUIREMENT", version: scorerVersion });
    expect(score(notFriendly, needs)).toEqual({ excluded: "SOBRIETY_REQUIREMENT", version: scorerVersion });
    expect(score(needs, profile({ sobrietyFriendly: true })).excluded).toBeNull();
  });

  it("excludes pairs without a shared language only when either made it a dealbreaker", () => {
    const english = profile({ languages: ["en", "fr"] });
    const spanish = profile({ languages: ["es"] });
    expect(score(english, spanish).excluded).toBeNull();
    expect(score({ ...english, mustShareLanguage: true }, spanish).excluded).toBe("NO_SHARED_LANGUAGE");
    expect(score(english, { ...spanish, mustShareLanguage: true }).excluded).toBe("NO_SHARED_LANGUAGE");
    expect(score({ ...english, mustShareLanguage: true }, { ...spanish, languages: ["es", "fr"] }).excluded).toBeNull();
  });

  it("excludes pairs with no shared time in the scored week", () => {
    const mornings = profile({ availabilitySlots: slots(weekdays, "07:00", "09:00") });
    expect(score(profile(), mornings)).toEqual({ excluded: "NO_OVERLAP", version: scorerVersion });
  });

  it("uses the UTC bits it is given instead of the grids", () => {
    const a = profile();
    const b = profile({ availabilitySlots: slots(weekdays, "07:00", "09:00") });
    const bitsA = utcWeekBits(a.availabilitySlots, a.timezone, novemberWeek);
    expect(scoreMatch(a, b, { ...week, bitsA, bitsB: bitsA }).excluded).toBeNull();
    expect(scoreMatch(a, profile(), { ...week, bitsA, bitsB: "0".repeat(672) }).excluded).toBe("NO_OVERLAP");
  });
});

describe("scores", () => {
  it("is version 2 since issue 17 (commitment gaps, slots that move)", () => {
    expect(scorerVersion).toBe(2);
  });

  it("gives identical, compatible answers a full score in every factor", () => {
    expect(included(score(profile(), profile()))).toMatchObject({
      version: scorerVersion,
      total: 100,
      factors: { commitment: 100, schedule: 100, values: 100, communication: 100 },
      directions: { aToB: 100, bToA: 100 },
      overlapMinutes: 15 * 60,
      talkAbout: [],
    });
  });

  it("keeps totals and factors as integers from 0 to 100", () => {
    const result = included(score(profile({ checkInFrequency: "DAILY", hoursPerWeek: 1 }), profile({ checkInFrequency: "FORTNIGHTLY", relationshipStyle: "MENTOR_ME" })));
    for (const n of [result.total, ...Object.values(result.factors), result.directions.aToB, result.directions.bToA]) {
      expect(Number.isInteger(n) && n >= 0 && n <= 100).toBe(true);
    }
  });

  it("scores each direction and combines them so a one-sided fit cannot score high", () => {
    // B fits everything A asks for; A has an hour a week and B wants check-ins several times a week.
    const a = profile({ hoursPerWeek: 1, values: ["HONESTY"], relationshipStyle: "EITHER" });
    const b = profile({ checkInFrequency: "SEVERAL_A_WEEK", hoursPerWeek: 6, values: ["HONESTY", "GROWTH", "COURAGE"], relationshipStyle: "MENTOR_ME" });
    const result = included(score(a, b));
    expect(result.directions.aToB).toBeGreaterThan(result.directions.bToA + 20);
    expect(result.total).toBeLessThan((result.directions.aToB + result.directions.bToA) / 2);
    expect(included(score(b, a)).directions).toEqual({ aToB: result.directions.bToA, bToA: result.directions.aToB });
  });

  it("is symmetric in its total and factors", () => {
    const people = [
      profile(),
      profile({ timezone: "Asia/Kolkata", availabilitySlots: slots(weekdays, "20:00", "23:00"), checkInFrequency: "DAILY", hoursPerWeek: 5 }),
      profile({ timezone: "America/New_York", availabilitySlots: slots([0, 1, 2, 3, 4, 5, 6], "13:00", "17:00"), relationshipStyle: "MENTOR_ME", feedbackStyle: 1 }),
      profile({ values: ["FAITH", "GROWTH"], seriousness: 2, replyTime: "SAME_DAY", availabilitySlots: slots(weekend, "09:00", "21:00").concat(slots([0], "18:00", "19:00")) }),
      profile({ timezone: "Australia/Sydney", availabilitySlots: slots([0, 1, 2, 3, 4, 5, 6], "00:00", "24:00"), checkInFrequency: "FORTNIGHTLY", relationshipStyle: "MENTOR_OTHERS" }),
    ];
    for (const a of people) {
      for (const b of people) {
        if (a === b) continue;
        const ab = score(a, b);
        const ba = score(b, a);
        expect(rank(ab)).toBe(rank(ba));
        if (ab.excluded === null && ba.excluded === null) {
          expect(ab.factors).toEqual(ba.factors);
          expect(ab.overlapMinutes).toBe(ba.overlapMinutes);
        }
      }
    }
  });

  it("is deterministic and leaves its inputs alone", () => {
    const a = Object.freeze(profile({ timezone: "America/New_York", availabilitySlots: slots(weekdays, "12:00", "16:00") }));
    const b = Object.freeze(profile({ feedbackStyle: 5 }));
    const first = score(a, b);
    expect(score(a, b)).toEqual(first);
    expect(scoreMatch(a, b, { weekStart: new Date(novemberWeek) })).toEqual(first);
  });

  it("gives the same answer from stored bits as from the grids", () => {
    const a = profile({ timezone: "Asia/Kolkata", availabilitySlots: slots(weekdays, "20:00", "22:00") });
    const b = profile({ availabilitySlots: slots(weekdays, "14:00", "17:00") });
    const bitsA = utcWeekBits(a.availabilitySlots, a.timezone, novemberWeek);
    const bitsB = utcWeekBits(b.availabilitySlots, b.timezone, novemberWeek);
    expect(scoreMatch(a, b, { weekStart: novemberWeek, bitsA, bitsB })).toEqual(score(a, b));
  });

  it("rejects a week that does not start on Monday 00:00 UTC", () => {
    expect(() => scoreMatch(profile(), profile(), { weekStart: new Date("2026-11-24T00:00:00Z") })).toThrow(RangeError);
  });
});

describe("a large commitment gap (issue 17)", () => {
  // Two members as e2e/questionnaire.ts answers, but for commitment: 4 and 4 h a week against 1 and 1 h.
  const answered = (changes: Partial<MatchProfile>) =>
    profile({
      timezone: "Europe/Lisbon",
      focusAreas: ["LONELINESS", "BUILDING_FRIENDSHIPS"],
      values: ["HONESTY", "KINDNESS", "PATIENCE"],
      beliefs: { loneliness_signal: 5, setbacks_progress: 5, asking_for_help: 5, small_steps: 5, honesty_over_comfort: 4 },
      feedbackStyle: 4,
      relationshipStyle: "EITHER",
      ...changes,
    });
  const keen = answered({ seriousness: 4, hoursPerWeek: 4, displayName: "Alex" });
  const exploring = answered({ seriousness: 1, hoursPerWeek: 1 });

  it("keeps the pair well below a strong fit (91 before version 2, now 68) in both directions", () => {
    expect(total(keen, exploring)).toBe(68);
    expect(total(exploring, keen)).toBe(68);
    expect(total(keen, answered({ seriousness: 4, hoursPerWeek: 4 }))).toBe(100);
  });

  it("names the gap first in what to talk about, to each of them", () => {
    expect(included(score(keen, exploring)).talkAbout[0]).toBe(
      "You're quite committed with about 4 hours a week, and Sam is curious and exploring with about 1 hour — talk about what you each hope to put in.",
    );
    expect(included(score(exploring, keen)).talkAbout[0]).toBe(
      "You're curious and exploring with about 1 hour a week, and Alex is quite committed with about 4 hours — talk about what you each hope to put in.",
    );
  });

  it("never says a reason about the commitment it doesn't share", () => {
    for (const reason of included(score(keen, exploring)).reasons) expect(reason).not.toMatch(/serious|committed|have about/);
  });
});

describe("pair orderings", () => {
  const base = profile();
  const withValues = (...values: MatchProfile["values"]) => profile({ values });
  const overlapHours = (hours: number) => profile({ availabilitySlots: slots(weekdays.slice(0, Math.ceil(hours / 3)), "18:00", "21:00").slice(0, hours * 2) });
  const table: { better: string; worse: string; pairs: [[MatchProfile, MatchProfile], [MatchProfile, MatchProfile]] }[] = [
    {
      better: "same commitment and 6 h overlap",
      worse: "a one-sided fit (daily with 10 h vs weekly with 1 h)",
      pairs: [
        [base, overlapHours(6)],
        [profile({ hoursPerWeek: 1, seriousness: 2 }), profile({ checkInFrequency: "DAILY", hoursPerWeek: 10, seriousness: 5 })],
      ],
    },
    { better: "some overlap", worse: "no overlap (excluded)", pairs: [[base, overlapHours(1)], [base, profile({ availabilitySlots: slots(weekdays, "07:00", "08:00") })]] },
    {
      better: "a met sobriety requirement",
      worse: "an unmet one (excluded)",
      pairs: [
        [profile({ needsSobrietyFriendlyPartner: true }), profile({ sobrietyFriendly: true })],
        [profile({ needsSobrietyFriendlyPartner: true }), profile({ sobrietyFriendly: false })],
      ],
    },
    {
      better: "a shared language when it is a dealbreaker",
      worse: "none (excluded)",
      pairs: [
        [profile({ mustShareLanguage: true }), profile({ languages: ["en"] })],
        [profile({ mustShareLanguage: true }), profile({ languages: ["es"] })],
      ],
    },
    {
      better: "weekly vs weekly",
      worse: "daily vs fortnightly",
      pairs: [
        [base, profile()],
        [profile({ checkInFrequency: "DAILY" }), profile({ checkInFrequency: "FORTNIGHTLY" })],
      ],
    },
    {
      better: "daily with time for it",
      worse: "daily with an hour a week",
      pairs: [
        [profile({ checkInFrequency: "DAILY" }), profile({ checkInFrequency: "DAILY", hoursPerWeek: 3 })],
        [profile({ checkInFrequency: "DAILY" }), profile({ checkInFrequency: "DAILY", hoursPerWeek: 1 })],
      ],
    },
    { better: "three shared values", worse: "two", pairs: [[base, withValues("HONESTY", "PATIENCE", "KINDNESS")], [base, withValues("HONESTY", "PATIENCE", "GROWTH")]] },
    { better: "two shared values", worse: "one", pairs: [[base, withValues("HONESTY", "PATIENCE", "GROWTH")], [base, withValues("HONESTY", "COURAGE", "GROWTH")]] },
    { better: "one shared value", worse: "none", pairs: [[base, withValues("HONESTY", "COURAGE", "GROWTH")], [base, withValues("HUMOUR", "COURAGE", "GROWTH")]] },
    {
      better: "mentee with mentor",
      worse: "mentor with mentor",
      pairs: [
        [profile({ relationshipStyle: "MENTOR_ME" }), profile({ relationshipStyle: "MENTOR_OTHERS" })],
        [profile({ relationshipStyle: "MENTOR_OTHERS" }), profile({ relationshipStyle: "MENTOR_OTHERS" })],
      ],
    },
    {
      better: "peer with peer",
      worse: "peer with someone wanting a mentor",
      pairs: [
        [base, profile({ relationshipStyle: "PEER" })],
        [base, profile({ relationshipStyle: "MENTOR_ME" })],
      ],
    },
    {
      better: "daily with overlap on five days",
      worse: "daily with overlap on one day",
      pairs: [
        [profile({ checkInFrequency: "DAILY" }), profile({ checkInFrequency: "DAILY" })],
        [profile({ checkInFrequency: "DAILY" }), profile({ checkInFrequency: "DAILY", availabilitySlots: slots([2], "18:00", "21:00") })],
      ],
    },
    { better: "weekly with 6 h overlap", worse: "weekly with 30 min", pairs: [[base, overlapHours(6)], [base, profile({ availabilitySlots: slots([0], "18:00", "18:30") })]] },
    { better: "seriousness 4 and 4", worse: "4 and 1", pairs: [[base, profile()], [base, profile({ seriousness: 1 })]] },
    {
      better: "close belief answers",
      worse: "opposite ones",
      pairs: [
        [base, profile()],
        [base, profile({ beliefs: { loneliness_signal: 1, setbacks_progress: 1, asking_for_help: 1, small_steps: 1, honesty_over_comfort: 5 } })],
      ],
    },
    {
      better: "same reply expectations",
      worse: "same day vs 48 hours",
      pairs: [
        [profile({ replyTime: "SAME_DAY" }), profile({ replyTime: "SAME_DAY" })],
        [profile({ replyTime: "SAME_DAY" }), profile({ replyTime: "WITHIN_48H" })],
      ],
    },
    // Scorer version 2 (issue 17): a large gap in what each wants to put in weighs on the whole pair.
    {
      better: "a small commitment gap (seriousness 4 vs 3, 4 h vs 2 h)",
      worse: "a large one (4 vs 1, 4 h vs 1 h)",
      pairs: [
        [profile({ hoursPerWeek: 4 }), profile({ seriousness: 3, hoursPerWeek: 2 })],
        [profile({ hoursPerWeek: 4 }), profile({ seriousness: 1, hoursPerWeek: 1 })],
      ],
    },
    { better: "4 h vs 2 h a week", worse: "4 h vs 1 h", pairs: [[profile({ hoursPerWeek: 4 }), profile({ hoursPerWeek: 2 })], [profile({ hoursPerWeek: 4 }), profile({ hoursPerWeek: 1 })]] },
    { better: "seriousness 4 vs 2", worse: "4 vs 1", pairs: [[base, profile({ seriousness: 2 })], [base, profile({ seriousness: 1 })]] },
    {
      better: "no shared value, the same commitment",
      worse: "everything shared but a large commitment gap",
      pairs: [
        [base, withValues("HUMOUR", "COURAGE", "GROWTH")],
        [profile({ hoursPerWeek: 4 }), profile({ seriousness: 1, hoursPerWeek: 1 })],
      ],
    },
    {
      // The values step now refuses the second pair's answers; one saved before the rule is scored as saved.
      better: "a Sobriety-first member who is sobriety-friendly, with one who needs it",
      worse: "Sobriety first but not sobriety-friendly (excluded)",
      pairs: [
        [profile({ values: ["SOBRIETY_FIRST", "HONESTY"], sobrietyFriendly: true }), profile({ needsSobrietyFriendlyPartner: true })],
        [profile({ values: ["SOBRIETY_FIRST", "HONESTY"], sobrietyFriendly: false }), profile({ needsSobrietyFriendlyPartner: true })],
      ],
    },
    {
      better: "weekly vs fortnightly",
      worse: "a large commitment gap on the same rhythm",
      pairs: [
        [base, profile({ checkInFrequency: "FORTNIGHTLY" })],
        [profile({ hoursPerWeek: 4 }), profile({ seriousness: 1, hoursPerWeek: 1 })],
      ],
    },
  ];

  it.each(table)("$better outranks $worse", ({ pairs: [better, worse] }) => {
    expect(rank(score(...better))).toBeGreaterThan(rank(score(...worse)));
    expect(rank(score(better[1], better[0]))).toBeGreaterThan(rank(score(worse[1], worse[0])));
  });

  it("ignores a shared language unless it is a dealbreaker", () => {
    expect(total(base, profile({ languages: ["es"] }))).toBe(total(base, profile({ languages: ["en"] })));
  });

  it("finds the overlap in a week when only one zone has changed its clocks", () => {
    // New York moved to EDT on 8 March 2026, London stays on GMT until 29 March: 4 hours apart, not 5.
    const newYork = profile({ timezone: "America/New_York", availabilitySlots: slots(weekdays, "13:00", "14:00") });
    const london = profile({ availabilitySlots: slots(weekdays, "17:00", "18:00") });
    expect(score(newYork, london, new Date("2026-03-02T00:00:00Z")).excluded).toBe("NO_OVERLAP");
    const dstWeek = included(score(newYork, london, new Date("2026-03-09T00:00:00Z")));
    expect(dstWeek.overlapMinutes).toBe(5 * 60);
    expect(dstWeek.suggestedSlots[0]).toMatchObject({ a: { weekday: "Monday", time: "13:00" }, b: { weekday: "Monday", time: "17:00" } });
    expect(score(newYork, london, new Date("2026-03-30T00:00:00Z")).excluded).toBe("NO_OVERLAP");
  });
});
