import { describe, expect, it } from "vitest";
import type { SuggestedSlot } from "@/server/matching/scorer/types";
import { alex, alexSamSlots, sam } from "@/test/agreement-fixtures";
import { prefillAgreement, type PrefillMember } from "./prefill";
import { zAgreement } from "./schema";

const answering = (member: PrefillMember, answers: Partial<{ [K in keyof PrefillMember["answers"]]: Partial<PrefillMember["answers"][K]> }>): PrefillMember => ({
  ...member,
  answers: Object.fromEntries(
    Object.entries(member.answers).map(([step, value]) => [step, { ...value, ...answers[step as keyof PrefillMember["answers"]] }]),
  ) as PrefillMember["answers"],
});

describe("prefillAgreement for two contrasting members", () => {
  const draft = prefillAgreement(alex, sam, alexSamSlots);

  it("is a valid agreement, the same every time", () => {
    expect(zAgreement.safeParse(draft).success).toBe(true);
    expect(prefillAgreement(alex, sam, alexSamSlots)).toEqual(draft);
  });

  it("writes each member's goals as their own commitments, naming the other", () => {
    expect(draft.text.goalsA.split("\n")).toEqual([
      "- Call my sister once a week — how often: every week; how we'll know: I'll tell Sam how it went at our check-in.",
      "- Go to one meet-up a month — how often: every week; how we'll know: I'll tell Sam how it went at our check-in.",
    ]);
    expect(draft.text.goalsB.split("\n")).toHaveLength(3);
    expect(draft.text.goalsB).toContain("- Stay sober on weekends — ");
    expect(draft.text.goalsB).toContain("I'll tell Alex how it went");
  });

  it("takes the gentler rhythm, the suggested time in the first partner's zone, and a channel both chose", () => {
    expect(draft.fields).toEqual({
      frequency: "WEEKLY",
      weekdays: ["TU"],
      time: "18:00",
      timezone: "Europe/London",
      durationMinutes: 30,
      channel: "VOICE",
      maxPauseWeeks: 4,
      pauseAlone: true,
      reviewCadence: "QUARTERLY",
      trialReview: true,
    });
  });

  it("says how each likes feedback and after a missed check-in, and replies at the slower pace", () => {
    expect(draft.text.communication).toContain("within two days");
    expect(draft.text.communication).toContain("Alex likes feedback gentle; Sam likes feedback straight and direct.");
    expect(draft.text.missedCheckIns).toContain("Alex would like a gentle nudge, and Sam would like some space first, then a kind hello.");
  });

  it("carries each member's off-limit topics into their own boundaries", () => {
    expect(draft.text.boundariesB).toBe("Topics I'd rather we leave alone: My ex and my family");
    expect(draft.text.boundariesA).toBe("Nothing written yet. Add anything you'd like Sam to know or to steer clear of.");
  });

  it("starts with the default check-in questions", () => {
    expect(draft.text.questions.split("\n")).toEqual([
      "What was your last commitment, and how did it go?",
      "What's one win since we last talked?",
      "What felt hard?",
      "What will you do before next time?",
      "How can I support you?",
    ]);
  });
});

describe("prefillAgreement rhythms", () => {
  it("takes the scorer's suggested slots as they come", () => {
    const suggested: SuggestedSlot[] = [{ utcQuarter: 456, a: { weekday: "Friday", time: "19:00" }, b: { weekday: "Friday", time: "14:00" } }];
    expect(prefillAgreement(alex, sam, suggested).fields).toMatchObject({ weekdays: ["FR"], time: "19:00" });
  });

  const both = (changes: Parameters<typeof answering>[1]) => [answering(alex, changes), answering(sam, changes)] as const;

  it("uses the suggested days for a few check-ins a week", () => {
    const [a, b] = both({ commitment: { checkInFrequency: "SEVERAL_A_WEEK" } });
    expect(prefillAgreement(a, b, alexSamSlots).fields).toMatchObject({ frequency: "SEVERAL_A_WEEK", weekdays: ["TU", "TH"], durationMinutes: 20 });
  });

  it("adds a second day three days on when only one was suggested", () => {
    const [a, b] = both({ commitment: { checkInFrequency: "SEVERAL_A_WEEK" } });
    expect(prefillAgreement(a, b, alexSamSlots.slice(0, 1)).fields.weekdays).toEqual(["TU", "FR"]);
  });

  it("keeps every day for daily check-ins, and Monday 18:00 without a suggestion", () => {
    const [a, b] = both({ commitment: { checkInFrequency: "DAILY" } });
    expect(prefillAgreement(a, b, []).fields).toMatchObject({ weekdays: ["MO", "TU", "WE", "TH", "FR", "SA", "SU"], time: "18:00" });
  });

  it("falls back to text chat when no channel is shared, and agrees when both answer alike", () => {
    const a = answering(alex, { schedule: { channels: ["IN_PERSON"] }, communication: { missedCheckInResponse: "SPACE", feedbackStyle: 3 } });
    const b = answering(sam, { schedule: { channels: ["VIDEO"] }, communication: { feedbackStyle: 3 } });
    const draft = prefillAgreement(a, b, alexSamSlots);
    expect(draft.fields.channel).toBe("TEXT");
    expect(draft.text.missedCheckIns).toContain("we'd both like some space first");
    expect(draft.text.communication).toContain("We both like feedback honest and kind in equal measure.");
  });

  it("leaves out control characters that older answers may hold", () => {
    const a = answering(alex, { about: { goals: ["Walk\u0000 daily"] }, boundaries: { offLimitTopics: "Work\u0007" } });
    const draft = prefillAgreement(a, sam, alexSamSlots);
    expect(draft.text.goalsA).toMatch(/^- Walk daily — /);
    expect(draft.text.boundariesA).toBe("Topics I'd rather we leave alone: Work");
    expect(zAgreement.safeParse(draft).success).toBe(true);
  });
});
