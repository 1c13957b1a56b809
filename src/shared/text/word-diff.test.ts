import { describe, expect, it } from "vitest";
import { maxDiffEdits, wordDiff } from "./word-diff";

const marked = (before: string, after: string) =>
  wordDiff(before, after)
    .map((s) => (s.kind === "added" ? `[+${s.text}]` : s.kind === "removed" ? `[-${s.text}]` : s.text))
    .join("");

describe("wordDiff", () => {
  it("marks the words that changed and keeps the rest as they were", () => {
    expect(marked("We check in every Monday at 18:00.", "We check in every Tuesday at 18:00.")).toBe("We check in every [-Monday][+Tuesday] at 18:00.");
    expect(marked("- Call my sister once a week\n- Go to one meet-up a month", "- Call my sister every Sunday\n- Go to one meet-up a month\n- Walk")).toBe(
      "- Call my sister [-once a week][+every Sunday]\n- Go to one meet-up a month\n[+- Walk]",
    );
  });

  it("shows text written into an empty section, and a section emptied, whole", () => {
    expect(wordDiff("", "How did this week go?")).toEqual([{ kind: "added", text: "How did this week go?" }]);
    expect(wordDiff("How did this week go?", "")).toEqual([{ kind: "removed", text: "How did this week go?" }]);
  });

  it("is empty for two empty texts and all the same for an unchanged one", () => {
    expect(wordDiff("", "")).toEqual([]);
    expect(wordDiff("Same words", "Same words")).toEqual([{ kind: "same", text: "Same words" }]);
  });

  it("shows a change of line breaks alone, which a word diff would hide", () => {
    expect(marked("- one - two", "- one\n- two")).toBe("- one[- ][+\n]- two");
  });

  it("shows a text rewritten past the edit limit as replaced whole", () => {
    const before = Array.from({ length: maxDiffEdits + 10 }, (_, i) => `old${i}`).join(" ");
    const after = Array.from({ length: maxDiffEdits + 10 }, (_, i) => `new${i}`).join(" ");
    expect(wordDiff(before, after)).toEqual([
      { kind: "removed", text: before },
      { kind: "added", text: after },
    ]);
  });

  it("rebuilds the new text exactly, and the old one up to spacing, from its segments", () => {
    const words = (text: string) => text.split(/\s+/).filter(Boolean);
    const pairs: [string, string][] = [
      ["a b c", "a x c d"],
      ["Tuesday and Thursday", "Thursday"],
      ["", "x"],
      ["line one\nline two", "line one\n\nline two, changed"],
    ];
    for (const [before, after] of pairs) {
      const segments = wordDiff(before, after);
      expect(words(segments.filter((s) => s.kind !== "added").map((s) => s.text).join(" "))).toEqual(words(before));
      expect(segments.filter((s) => s.kind !== "removed").map((s) => s.text).join("")).toBe(after);
    }
  });
});
