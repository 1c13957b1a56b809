import { describe, expect, it } from "vitest";
import { draftAgreement } from "@/test/agreement-fixtures";
import { sectionDiff } from "./section-diff";

describe("sectionDiff", () => {
  it("gives nothing for the same agreement", () => {
    expect(sectionDiff(draftAgreement(), draftAgreement())).toEqual([]);
  });

  it("diffs each changed text by words and lists each changed field, section by section in reading order", () => {
    const before = draftAgreement();
    const after = { text: { ...before.text, conflict: "We talk it through the same week." }, fields: { ...before.fields, frequency: "FORTNIGHTLY", weekdays: ["WE"] } };
    before.text.conflict = "We talk it through the next day.";
    const diff = sectionDiff(before, after);
    expect(diff.map((d) => d.section)).toEqual(["rhythm", "conflict"]);
    expect(diff[0]).toEqual({
      section: "rhythm",
      words: null,
      fields: [
        { key: "frequency", before: before.fields.frequency, after: "FORTNIGHTLY" },
        { key: "weekdays", before: before.fields.weekdays, after: ["WE"] },
      ],
    });
    expect(diff[1]!.words).toEqual([
      { text: "We talk it through the ", change: "same" },
      { text: "next day", change: "removed" },
      { text: "same week", change: "added" },
      { text: ".", change: "same" },
    ]);
  });
});
