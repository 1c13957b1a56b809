import { describe, expect, it } from "vitest";
import { draftAgreement } from "@/test/agreement-fixtures";
import { zAgreement } from "./schema";
import { textSectionIds, textSections } from "./sections";

function errorsOf(input: unknown): Record<string, string> {
  const result = zAgreement.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.slice(0, 2).join("."), issue.message]));
}

const withText = (section: string, value: string) => {
  const agreement = draftAgreement();
  return { ...agreement, text: { ...agreement.text, [section]: value } };
};
const withField = (key: string, value: unknown) => {
  const agreement = draftAgreement();
  return { ...agreement, fields: { ...agreement.fields, [key]: value } };
};

describe("zAgreement", () => {
  it("accepts the prefilled draft unchanged", () => {
    const agreement = draftAgreement();
    expect(zAgreement.parse(agreement)).toEqual(agreement);
  });

  it.each(textSectionIds)("limits %s to its length, with the limit in the message", (section) => {
    const { maxLength } = textSections[section];
    expect(errorsOf(withText(section, "x".repeat(maxLength)))).toEqual({});
    expect(errorsOf(withText(section, "x".repeat(maxLength + 1)))).toEqual({ [`text.${section}`]: `Keep this section to ${maxLength} characters or fewer.` });
  });

  it.each([
    ["a NUL byte", "Call my sister\u0000"],
    ["an escape", "Call \u001b[31mmy sister"],
    ["a carriage return", "Call my sister\r\n"],
    ["DEL", "Call\u007f my sister"],
    ["a C1 control", "Call\u0085 my sister"],
  ])("refuses %s in text", (_what, value) => {
    expect(errorsOf(withText("goalsA", value))["text.goalsA"]).toMatch(/hidden character/);
  });

  it("keeps line breaks, tabs and emoji", () => {
    expect(errorsOf(withText("conflict", "We talk.\n\tThen we listen. 🙂"))).toEqual({});
  });

  it("asks for words in required sections but lets boundaries stay empty", () => {
    expect(errorsOf(withText("ending", "  \n "))).toEqual({ "text.ending": "Write a few words here, even just how you'll decide later." });
    expect(errorsOf(withText("boundariesB", ""))).toEqual({});
  });

  it("allows up to five commitments per partner", () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `- Commitment ${i + 1}`).join("\n");
    expect(errorsOf(withText("goalsB", lines(5)))).toEqual({});
    expect(errorsOf(withText("goalsB", lines(6)))["text.goalsB"]).toMatch(/Up to 5 commitments/);
  });

  it.each([
    ["frequency", "HOURLY", "Choose how often you'll check in."],
    ["weekdays", ["MO", "MO"], "Each day once, please."],
    ["weekdays", ["Monday"], "Choose days from the list."],
    ["weekdays", [], "Choose at least one day."],
    ["weekdays", "TU", "Choose the day or days you'll check in."],
    ["time", "24:00", "Choose a time between 00:00 and 23:59, like 18:30."],
    ["time", "6:30", "Choose a time between 00:00 and 23:59, like 18:30."],
    ["time", 1830, "Choose a time, like 18:30."],
    ["timezone", "Mars/Olympus_Mons", "Choose a timezone from the list."],
    ["timezone", " Europe/London", "Choose a timezone from the list."],
    ["durationMinutes", 5, "At least 10 minutes."],
    ["durationMinutes", 181, "At most 180 minutes."],
    ["durationMinutes", 30.5, "Choose a whole number of minutes."],
    ["channel", "CARRIER_PIGEON", "Choose how you'll check in."],
    ["maxPauseWeeks", 0, "At least 1 week."],
    ["maxPauseWeeks", 13, "At most 12 weeks."],
    ["pauseAlone", "yes", "Say whether one of you may pause alone."],
    ["reviewCadence", "NEVER", "Choose how often you'll look back together."],
    ["trialReview", undefined, "Say whether you'd like a review after 4 weeks."],
  ])("puts a readable message on %s = %j", (key, value, message) => {
    expect(errorsOf(withField(key, value))).toEqual({ [`fields.${key}`]: message });
  });

  it.each([
    ["DAILY", ["MO", "TU"], "Every day means all seven days."],
    ["SEVERAL_A_WEEK", ["TU"], "For a few times a week, choose 2 to 6 days."],
    ["WEEKLY", ["TU", "TH"], "For once a week, choose one day."],
    ["FORTNIGHTLY", ["TU", "TH"], "For every two weeks, choose one day."],
  ])("matches the days to a %s rhythm", (frequency, weekdays, message) => {
    const agreement = draftAgreement();
    expect(errorsOf({ ...agreement, fields: { ...agreement.fields, frequency, weekdays } })).toEqual({ "fields.weekdays": message });
  });
});
