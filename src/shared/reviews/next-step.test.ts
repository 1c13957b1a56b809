import { describe, expect, it } from "vitest";
import { nextStepReason, reviewPreferences, suggestedNextStep, type ReviewPreference } from "./next-step";

const order: ReviewPreference[] = ["CONTINUE", "RENEGOTIATE", "PAUSE", "END"];

describe("the suggested next step", () => {
  it("is what both chose when they agree", () => {
    for (const p of reviewPreferences) expect(suggestedNextStep(p, p)).toBe(p);
  });

  it("is the one that changes most otherwise, whoever chose it (END > PAUSE > RENEGOTIATE > CONTINUE)", () => {
    for (const x of reviewPreferences)
      for (const y of reviewPreferences) {
        const expected = order[Math.max(order.indexOf(x), order.indexOf(y))];
        expect(suggestedNextStep(x, y)).toBe(expected);
        expect(suggestedNextStep(y, x)).toBe(expected);
      }
  });

  it("says kindly why", () => {
    expect(nextStepReason("PAUSE", "PAUSE")).toMatch(/same/);
    expect(nextStepReason("CONTINUE", "END")).toMatch(/changes more/);
  });
});
