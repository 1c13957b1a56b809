import { describe, expect, it } from "vitest";
import type { AnswerProfile } from "../scorer/scorer";
import { AnswerInterner } from "./answer-interner";

const answers = (memberId: string, changes: Partial<AnswerProfile> = {}): AnswerProfile => ({
  memberId,
  displayName: `Member ${memberId}`,
  timezone: "Europe/Lisbon",
  languages: ["en", "pt"],
  focusAreas: ["LONELINESS"] as AnswerProfile["focusAreas"],
  seriousness: 4,
  hoursPerWeek: 2,
  checkInFrequency: "WEEKLY",
  intendedLength: "OPEN_ENDED",
  reliability: 4,
  channels: ["TEXT"] as AnswerProfile["channels"],
  values: ["HONESTY"] as AnswerProfile["values"],
  beliefs: { loneliness_signal: 3, setbacks_progress: 4, asking_for_help: 2, small_steps: 5, honesty_over_comfort: 3 },
  needsSobrietyFriendlyPartner: false,
  sobrietyFriendly: true,
  feedbackStyle: 3,
  missedCheckInResponse: "GENTLE_NUDGE" as AnswerProfile["missedCheckInResponse"],
  disclosurePace: 3,
  replyTime: "SAME_DAY",
  relationshipStyle: "BALANCED" as AnswerProfile["relationshipStyle"],
  mustShareLanguage: false,
  ...changes,
});

describe("AnswerInterner", () => {
  it("keeps every answer as it was, sharing equal lists and beliefs between members", () => {
    const interner = new AnswerInterner();
    const a = interner.answers("a", answers("a"));
    const b = interner.answers("b", answers("b"));
    const c = interner.answers("c", answers("c", { languages: ["en"], beliefs: { ...answers("c").beliefs, small_steps: 1 } }));
    expect(a).toEqual(answers("a"));
    expect(c).toEqual(answers("c", { languages: ["en"], beliefs: { ...answers("c").beliefs, small_steps: 1 } }));
    expect(b.languages).toBe(a.languages);
    expect(b.beliefs).toBe(a.beliefs);
    expect(b.values).toBe(a.values);
    expect(c.languages).not.toBe(a.languages);
    expect(c.beliefs).not.toBe(a.beliefs);
  });

  it("freezes what it shares, so changing one member's list in place cannot change another's", () => {
    const interner = new AnswerInterner();
    const a = interner.answers("a", answers("a"));
    interner.answers("b", answers("b"));
    expect(() => a.languages.push("fr")).toThrow(TypeError);
    expect(() => {
      a.beliefs.small_steps = 1;
    }).toThrow(TypeError);
  });
});
