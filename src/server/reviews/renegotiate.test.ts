import { describe, expect, it } from "vitest";
import { withPrefill } from "@/server/agreements/amendments";
import { textSections } from "@/shared/agreement/sections";
import { draftAgreement } from "@/test/agreement-fixtures";
import { reviewProposalParagraph, reviewProposalSection } from "./renegotiate";

const at = new Date("2027-03-05T10:00:00Z");

describe("the paragraph a review adds to a draft", () => {
  it("is marked with the review's date and names each proposal's author, in order", () => {
    expect(reviewProposalParagraph(at, [{ name: "Alex", change: " Meet on Sundays. " }, { name: "Sam", change: "Fewer questions." }])).toBe(
      "From our review (5 March 2027):\nAlex: Meet on Sundays.\nSam: Fewer questions.",
    );
  });

  it("leaves out empty proposals, and is empty when nobody proposed anything", () => {
    expect(reviewProposalParagraph(at, [{ name: "Alex", change: "" }, { name: "Sam", change: "Fewer questions." }])).toBe("From our review (5 March 2027):\nSam: Fewer questions.");
    expect(reviewProposalParagraph(at, [{ name: "Alex", change: "  " }])).toBe("");
  });
});

describe("a prefilled agreement", () => {
  const agreement = draftAgreement();
  const max = textSections[reviewProposalSection].maxLength;

  it("appends the paragraph after a blank line and changes nothing else", () => {
    const result = withPrefill(agreement, { section: reviewProposalSection, paragraph: "From our review:\nAlex: more." });
    expect(result.text[reviewProposalSection]).toBe(`${agreement.text[reviewProposalSection]}\n\nFrom our review:\nAlex: more.`);
    expect({ ...result, text: { ...result.text, [reviewProposalSection]: "" } }).toEqual({ ...agreement, text: { ...agreement.text, [reviewProposalSection]: "" } });
  });

  it("is the agreement itself with nothing to add", () => {
    expect(withPrefill(agreement, null)).toBe(agreement);
    expect(withPrefill(agreement, { section: reviewProposalSection, paragraph: "" })).toBe(agreement);
  });

  it("writes into an empty section without a blank line first", () => {
    const empty = { ...agreement, text: { ...agreement.text, [reviewProposalSection]: "" } };
    expect(withPrefill(empty, { section: reviewProposalSection, paragraph: "P" }).text[reviewProposalSection]).toBe("P");
  });

  it("cuts the paragraph to the section's maxLength, never splitting a character in two", () => {
    const long = withPrefill(agreement, { section: reviewProposalSection, paragraph: "x".repeat(5000) }).text[reviewProposalSection];
    expect(long).toHaveLength(max);
    expect(long.endsWith("…")).toBe(true);
    const room = max - agreement.text[reviewProposalSection].length - 2;
    const emoji = withPrefill(agreement, { section: reviewProposalSection, paragraph: `${"y".repeat(room - 2)}😀😀` }).text[reviewProposalSection];
    expect(emoji.length).toBeLessThanOrEqual(max);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u.test(emoji)).toBe(false);
  });

  it("adds nothing when the section is already full", () => {
    const full = { ...agreement, text: { ...agreement.text, [reviewProposalSection]: "z".repeat(max) } };
    expect(withPrefill(full, { section: reviewProposalSection, paragraph: "More" })).toBe(full);
  });
});
