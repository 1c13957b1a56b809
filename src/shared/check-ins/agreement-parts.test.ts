import { describe, expect, it } from "vitest";
import { commitmentsOf, maxQuestions, questionsOf } from "./agreement-parts";

const content = (text: Record<string, string>) => ({ text, fields: {} });

describe("questionsOf", () => {
  it("gives each non-empty line, without bullets", () => {
    expect(questionsOf(content({ questions: "How was your week?\n\n- What went well?\n  What's next?  " }))).toEqual(["How was your week?", "What went well?", "What's next?"]);
  });

  it("gives none for unreadable content, and at most the limit", () => {
    expect(questionsOf(null)).toEqual([]);
    expect(questionsOf({ text: { questions: 3 } })).toEqual([]);
    expect(questionsOf(content({ questions: Array.from({ length: 20 }, (_, i) => `Q${i}`).join("\n") }))).toHaveLength(maxQuestions);
  });
});

describe("commitmentsOf", () => {
  it("reads bullet lines of the partner's own goals section only", () => {
    const c = content({ goalsA: "I want to move more.\n- Walk daily\n* Call Mum\n-\n", goalsB: "- Read" });
    expect(commitmentsOf(c, "a")).toEqual(["Walk daily", "Call Mum"]);
    expect(commitmentsOf(c, "b")).toEqual(["Read"]);
    expect(commitmentsOf(undefined, "a")).toEqual([]);
  });
});
