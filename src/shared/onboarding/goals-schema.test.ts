import { describe, expect, it } from "vitest";
import { zAboutStep } from "./schemas";

const goals = zAboutStep.shape.goals;
const messages = (value: unknown) => {
  const result = goals.safeParse(value);
  return result.success ? result.data : result.error.issues.map((issue) => `${issue.path.join(".") || "(list)"}: ${issue.message}`);
};

describe("the questionnaire's goals", () => {
  it("keeps written goals trimmed and drops blank rows, wherever they are: no error asks to remove one", () => {
    expect(messages(["  Call a friend weekly ", "", "Walk"])).toEqual(["Call a friend weekly", "Walk"]);
    expect(messages(["", "   ", "Read"])).toEqual(["Read"]);
  });

  it("asks for at least one written goal when all are blank or there are none", () => {
    expect(messages([""])).toEqual(["(list): Add at least one goal."]);
    expect(messages(["  ", ""])).toEqual(["(list): Add at least one goal."]);
    expect(messages([])).toEqual(["(list): Add at least one goal."]);
  });

  it("names the goal that is too long by its own position, and refuses more than three rows", () => {
    expect(messages(["", "x".repeat(121)])).toEqual(["1: Keep each goal to 120 characters or fewer."]);
    expect(messages(["a", "b", "c", "d"])).toEqual(["(list): Up to 3 goals, please."]);
  });
});
