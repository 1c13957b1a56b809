import { describe, expect, it } from "vitest";
import { novemberWeek, profile, slots, weekend } from "@/test/score-fixtures";
import type { IncludedScore, MatchProfile } from "./types";
import { scoreMatch } from "./scorer";

const scored = (a: Partial<MatchProfile>, b: Partial<MatchProfile>): IncludedScore => {
  const result = scoreMatch(profile({ displayName: "Alex", ...a }), profile({ displayName: "Sam", ...b }), { weekStart: novemberWeek });
  if (result.excluded !== null) throw new Error(`excluded: ${result.excluded}`);
  return result;
};

/** Words that would turn a reason into a criticism. */
const negative = /\b(don't|doesn't|can't|cannot|isn't|haven't|won't|only|but|however|unfortunately|mismatch|lack|low)\b/i;

const variety: [string, Partial<MatchProfile>, Partial<MatchProfile>][] = [
  ["identical answers", {}, {}],
  ["mentee and mentor in recovery", { relationshipStyle: "MENTOR_ME", focusAreas: ["ADDICTION_RECOVERY"] }, { relationshipStyle: "MENTOR_OTHERS", focusAreas: ["ADDICTION_RECOVERY"] }],
  [
    "almost nothing in common",
    { values: ["HUMOUR"], focusAreas: ["SOCIAL_ANXIETY"], seriousness: 5, hoursPerWeek: 10, feedbackStyle: 2, replyTime: "SAME_DAY", missedCheckInResponse: "SPACE", relationshipStyle: "EITHER", intendedLength: "OPEN_ENDED",
      beliefs: { loneliness_signal: 3, setbacks_progress: 3, asking_for_help: 3, small_steps: 3, honesty_over_comfort: 3 },
      availabilitySlots: slots([0, 1, 2, 3, 4, 5, 6], "00:00", "24:00") },
    { values: ["FAITH"], seriousness: 2, hoursPerWeek: 1, feedbackStyle: 4, timezone: "Pacific/Auckland", availabilitySlots: slots([6], "05:00", "06:00") },
  ],
  [
    "different rhythms and styles",
    { checkInFrequency: "DAILY", hoursPerWeek: 5, feedbackStyle: 1, disclosurePace: 1 },
    { checkInFrequency: "WEEKLY", feedbackStyle: 5, disclosurePace: 5, timezone: "America/New_York", availabilitySlots: slots([0, 1, 2, 3, 4, 5, 6], "12:00", "18:00") },
  ],
];

describe("reasons", () => {
  it.each(variety)("are 2–4 plain, positive sentences naming the partner (%s)", (_, a, b) => {
    const { reasons } = scored(a, b);
    expect(reasons.length).toBeGreaterThanOrEqual(2);
    expect(reasons.length).toBeLessThanOrEqual(4);
    for (const reason of reasons) {
      expect(reason).toMatch(/^[A-Z].*\S\.$/);
      expect(reason.replace("not a flaw", "")).not.toMatch(negative);
    }
    expect(reasons.some((reason) => reason.includes("Sam"))).toBe(true);
    expect(new Set(reasons).size).toBe(reasons.length);
  });

  it("say what the pair shares, strongest first", () => {
    expect(scored({}, {}).reasons).toEqual([
      "You and Sam both want weekly check-ins and overlap 15 hours a week on weekday evenings.",
      "You share honesty, patience and kindness.",
      "You're both focused on feeling less alone.",
      "You're equally serious about this and each have about 3 hours a week.",
    ]);
  });

  it("lead with a mentee finding a mentor, and name shared values and focus", () => {
    const { reasons } = scored(
      { relationshipStyle: "MENTOR_ME", focusAreas: ["ADDICTION_RECOVERY"], values: ["SOBRIETY_FIRST", "HONESTY"], checkInFrequency: "SEVERAL_A_WEEK" },
      { relationshipStyle: "MENTOR_OTHERS", focusAreas: ["ADDICTION_RECOVERY", "LONELINESS"], values: ["HONESTY", "SOBRIETY_FIRST", "GROWTH"] },
    );
    expect(reasons).toContain("You're hoping for some guidance and Sam would like to guide someone.");
    expect(reasons).toContain("You share a sobriety-first outlook and honesty.");
    expect(reasons).toContain("You're both focused on recovery.");
  });

  it("describe the overlap in A's own local time", () => {
    const { reasons } = scored({ timezone: "Asia/Kolkata", availabilitySlots: slots(weekend, "09:00", "12:00") }, { availabilitySlots: slots(weekend, "03:30", "06:30") });
    expect(reasons[0]).toBe("You and Sam both want weekly check-ins and overlap 6 hours a week on weekend mornings.");
  });

  it("fall back to a good time for both when little else is shared", () => {
    const [, a, b] = variety[2]!;
    const { reasons } = scored(a, b);
    expect(reasons).toEqual([
      "You and Sam both want weekly check-ins and overlap 1 hour a week on weekend afternoons.",
      "Saturdays at 16:00 your time could work for you and Sam.",
    ]);
  });
});

describe("talk about this", () => {
  it("is empty when nothing needs agreeing", () => {
    expect(scored({}, {}).talkAbout).toEqual([]);
  });

  it("raises at most two differences, the most important first", () => {
    const { talkAbout } = scored(
      { feedbackStyle: 1, disclosurePace: 1, replyTime: "SAME_DAY", channels: ["VIDEO"], missedCheckInResponse: "CALL_OUT", languages: ["en"] },
      { feedbackStyle: 5, disclosurePace: 5, replyTime: "WITHIN_48H", channels: ["TEXT"], missedCheckInResponse: "SPACE", languages: ["es"] },
    );
    expect(talkAbout).toEqual([
      "You and Sam haven't listed a language in common — check there's one you're both comfortable in.",
      "You like direct feedback and Sam prefers it gentle — agree how you'll give it to each other.",
    ]);
  });

  it("words each difference without blame", () => {
    const talk = (a: Partial<MatchProfile>, b: Partial<MatchProfile>) => scored(a, b).talkAbout;
    expect(talk({ replyTime: "WITHIN_48H" }, { replyTime: "SAME_DAY" })).toEqual([
      "One of you expects replies the same day and the other within 48 hours — agree what works for you both.",
    ]);
    expect(talk({ checkInFrequency: "DAILY" }, { checkInFrequency: "WEEKLY" })).toEqual([
      "You'd like to check in every day and Sam once a week — agree a rhythm you can both keep.",
    ]);
    expect(talk({ checkInFrequency: "DAILY", hoursPerWeek: 5 }, { checkInFrequency: "DAILY", hoursPerWeek: 1 })).toEqual([
      "You'd like to check in every day and Sam has about 1 hour a week — agree a rhythm you can both keep.",
    ]);
    expect(talk({ relationshipStyle: "PEER" }, { relationshipStyle: "MENTOR_ME" })).toEqual([
      "You'd like two peers supporting each other and Sam is hoping for some guidance — talk about what you each want from this.",
    ]);
    expect(talk({ disclosurePace: 5 }, { disclosurePace: 2 })).toEqual(["Sam tends to open up more slowly than you — go at a pace that feels right for you both."]);
    expect(talk({ missedCheckInResponse: "SPACE" }, {})).toEqual([
      "If a check-in doesn't happen, you'd like some space and Sam would like a gentle nudge — agree what you'll each do.",
    ]);
    expect(talk({ channels: ["VIDEO", "IN_PERSON"] }, { channels: ["TEXT"] })).toEqual(["You'd like to check in by video or in person and Sam by text chat — agree how you'll meet."]);
  });

  it("names a gap in what each wants to put in, with both sides said plainly", () => {
    const talk = (a: Partial<MatchProfile>, b: Partial<MatchProfile>) => scored(a, b).talkAbout;
    expect(talk({ seriousness: 4, hoursPerWeek: 4 }, { seriousness: 1, hoursPerWeek: 1 })).toEqual([
      "You're quite committed with about 4 hours a week, and Sam is curious and exploring with about 1 hour — talk about what you each hope to put in.",
    ]);
    expect(talk({ seriousness: 2 }, { seriousness: 5 })).toEqual(["You're still exploring and Sam is fully committed — talk about what you each hope to put in."]);
    expect(talk({ hoursPerWeek: 1 }, { hoursPerWeek: 6 })).toEqual(["You have about 1 hour a week for this and Sam about 6 hours — talk about what you each hope to put in."]);
    // Twice the hours or one point of seriousness is ordinary.
    expect(talk({ seriousness: 4, hoursPerWeek: 4 }, { seriousness: 3, hoursPerWeek: 2 })).toEqual([]);
  });

  it("keeps a large commitment gap on the list ahead of every difference but a missing language", () => {
    const { talkAbout } = scored(
      { seriousness: 4, hoursPerWeek: 4, feedbackStyle: 1, relationshipStyle: "PEER", checkInFrequency: "WEEKLY", languages: ["en"] },
      { seriousness: 1, hoursPerWeek: 1, feedbackStyle: 5, relationshipStyle: "MENTOR_ME", checkInFrequency: "SEVERAL_A_WEEK", languages: ["es"] },
    );
    expect(talkAbout).toHaveLength(2);
    expect(talkAbout[0]).toMatch(/language in common/);
    expect(talkAbout[1]).toMatch(/^You're quite committed with about 4 hours a week, and Sam is curious and exploring/);
  });

  it("leaves hours to the rhythm item when that already names them", () => {
    expect(scored({ checkInFrequency: "DAILY", hoursPerWeek: 8 }, { checkInFrequency: "DAILY", hoursPerWeek: 1 }).talkAbout).toEqual([
      "You'd like to check in every day and Sam has about 1 hour a week — agree a rhythm you can both keep.",
    ]);
  });

  it("leaves one-point differences on a 1–5 scale alone", () => {
    expect(scored({ feedbackStyle: 2, disclosurePace: 4 }, { feedbackStyle: 3, disclosurePace: 3 }).talkAbout).toEqual([]);
  });
});
