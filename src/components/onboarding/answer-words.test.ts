import { describe, expect, it } from "vitest";
import { answerSteps } from "@/shared/onboarding/questionnaire";
import { stepSchemas, type StepAnswers } from "@/shared/onboarding/schemas";
import { sampleAnswers } from "@/test/onboarding";
import { answerRows, scaleInWords } from "./answer-words";

const parsed = Object.fromEntries(answerSteps.map((step) => [step, stepSchemas[step].parse(sampleAnswers[step])])) as StepAnswers;

describe("scaleInWords", () => {
  const ends = ["Direct", "Gentle"] as const;
  it("names the ends and says which end a middle answer leans to", () => {
    expect(scaleInWords(1, ends)).toBe("1 of 5: Direct");
    expect(scaleInWords(2, ends)).toBe("2 of 5 (closer to “Direct”)");
    expect(scaleInWords(3, ends)).toBe("3 of 5 (in between)");
    expect(scaleInWords(4, ends)).toBe("4 of 5 (closer to “Gentle”)");
    expect(scaleInWords(5, ends)).toBe("5 of 5: Gentle");
  });
});

describe("answerRows", () => {
  it("puts every step's answers into words, never codes", () => {
    for (const step of answerSteps) {
      const rows = answerRows(step, parsed[step]);
      expect(rows.length).toBeGreaterThan(0);
      const text = rows.flatMap((r) => [r.label, ...(Array.isArray(r.value) ? r.value : [r.value])]).join(" | ");
      expect(text).not.toMatch(/\b[A-Z]{2,}_[A-Z_]+\b/); // e.g. LIFE_TRANSITION
    }
  });

  it("describes availability as local days and times", () => {
    const times = answerRows("schedule", parsed.schedule).find((r) => r.label === "Times that usually work");
    expect(times?.value).toEqual(["Mon–Tue 18:00–19:00"]);
  });

  it("lists chosen languages, focus areas and goals by name", () => {
    const rows = answerRows("about", parsed.about);
    expect(rows).toContainEqual({ label: "Languages", value: ["English", "Spanish"] });
    expect(rows).toContainEqual({ label: "What you'd like support with", value: ["Loneliness & isolation", "A life transition"] });
    expect(rows).toContainEqual({ label: "Your goal", value: ["Call a friend weekly"] });
  });

  it("says plainly when an optional answer was left empty", () => {
    const rows = answerRows("boundaries", parsed.boundaries);
    expect(rows).toContainEqual({ label: "What you'd like in a partner", value: "None given" });
    expect(rows).toContainEqual({ label: "Must share a language", value: "Yes" });
  });
});
