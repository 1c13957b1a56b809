import { describe, expect, it } from "vitest";
import { zSaveStepInput, zValuesStep } from "./schemas";
import { sobrietyAnswersAgree, sobrietyMismatchMessage } from "./sobriety";

const answers = {
  values: ["HONESTY", "PATIENCE"],
  beliefs: { loneliness_signal: 5, setbacks_progress: 4, asking_for_help: 5, small_steps: 5, honesty_over_comfort: 3 },
  needsSobrietyFriendlyPartner: false,
  sobrietyFriendly: true,
};

describe("sobriety answers agree", () => {
  it.each([
    [["SOBRIETY_FIRST", "HONESTY"], true, true],
    [["SOBRIETY_FIRST"], false, false],
    [["HONESTY"], false, true],
    [["HONESTY"], true, true],
  ] as const)("values %j with sobriety-friendly %s: %s", (values, sobrietyFriendly, agree) => {
    expect(sobrietyAnswersAgree({ values, sobrietyFriendly })).toBe(agree);
  });

  it('refuses "Sobriety first" with "not sobriety-friendly" on the question itself, kindly, saying what to do', () => {
    const result = zValuesStep.safeParse({ ...answers, values: ["SOBRIETY_FIRST", "HONESTY"], sobrietyFriendly: false });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ["sobrietyFriendly"], message: sobrietyMismatchMessage })]);
    expect(sobrietyMismatchMessage).toMatch(/Choose "Yes" here, or untick "Sobriety first" above\.$/);
  });

  it("accepts the answers that agree, either way", () => {
    expect(zValuesStep.safeParse({ ...answers, values: ["SOBRIETY_FIRST"], sobrietyFriendly: true }).success).toBe(true);
    expect(zValuesStep.safeParse({ ...answers, values: ["HONESTY"], sobrietyFriendly: false }).success).toBe(true);
    expect(zValuesStep.safeParse({ ...answers, values: ["SOBRIETY_FIRST"], sobrietyFriendly: true, needsSobrietyFriendlyPartner: true }).success).toBe(true);
  });

  it("says so while another question on the step is still unanswered (the form shows it at once)", () => {
    const result = zValuesStep.safeParse({ values: ["SOBRIETY_FIRST"], sobrietyFriendly: false, beliefs: {} });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toContain("sobrietyFriendly");
  });

  it("is checked by the procedure's input too", () => {
    const result = zSaveStepInput.safeParse({ step: "values", answers: { ...answers, values: ["SOBRIETY_FIRST"], sobrietyFriendly: false } });
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ["answers", "sobrietyFriendly"], message: sobrietyMismatchMessage })]);
  });
});
