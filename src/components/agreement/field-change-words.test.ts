import { describe, expect, it } from "vitest";
import { fieldChangeWords } from "./field-change-words";

describe("fieldChangeWords", () => {
  it("names the field as the editor labels it and the value in members' words", () => {
    expect(fieldChangeWords("Sam", { key: "channel", before: "VIDEO", after: "IN_PERSON" })).toBe("Sam changed “How” to In person.");
    expect(fieldChangeWords("Sam", { key: "weekdays", before: ["MO"], after: ["MO", "TH"] })).toBe("Sam changed “Which days” to Monday, Thursday.");
    expect(fieldChangeWords("Sam", { key: "time", before: "18:00", after: "19:30" })).toBe("Sam changed “Time” to 19:30.");
    expect(fieldChangeWords("Sam", { key: "trialReview", before: false, after: true })).toBe("Sam changed “A first review after 4 weeks” to yes.");
    expect(fieldChangeWords("Sam", { key: "durationMinutes", before: 30, after: null })).toBe("Sam changed “Minutes each time” to nothing.");
  });
});
