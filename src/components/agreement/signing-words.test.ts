import { describe, expect, it } from "vitest";
import { draftAgreement } from "@/test/agreement-fixtures";
import { listWords, signingStatusWords, type SigningView } from "./signing-words";

const names = { a: "Alex", b: "Sam" };
const at = new Date("2026-11-29T12:00:00Z");
const version = { versionId: "v1", number: 2, hash: "a".repeat(64), content: draftAgreement(), at };
const base: SigningView = { phase: "DRAFT", proposal: null, lastOutcome: null, inForce: null, changes: null };

describe("signingStatusWords", () => {
  it("says who is waiting for whom", () => {
    expect(signingStatusWords({ ...base, phase: "PROPOSED", proposal: { ...version, proposedBy: "you", signedBy: ["you"] } }, "Sam", names)).toBe("Waiting for Sam to sign version 2.");
    expect(signingStatusWords({ ...base, phase: "PROPOSED", proposal: { ...version, proposedBy: "partner", signedBy: ["partner"] } }, "Sam", names)).toBe(
      "Sam proposed version 2 and signed it. It's waiting for your signature.",
    );
  });

  it("says why a proposal needs proposing again, naming the sections", () => {
    const edited = { number: 2, kind: "EDITED" as const, by: "partner" as const, sections: ["boundariesB" as const, "rhythm" as const], comment: null, at };
    expect(signingStatusWords({ ...base, lastOutcome: edited }, "Sam", names)).toBe(
      "Sam changed “Sam's boundaries” and “When and how we check in” after version 2 was proposed, so it needs proposing again.",
    );
    expect(signingStatusWords({ ...base, lastOutcome: { ...edited, kind: "CHANGES_REQUESTED", by: "you", sections: [] } }, "Sam", names)).toBe(
      "You asked for changes to version 2. The draft is open to change again.",
    );
    expect(signingStatusWords({ ...base, phase: "IN_FORCE", inForce: version }, "Sam", names)).toBe("Version 2 is in force, signed by you both.");
  });
});

describe("listWords", () => {
  it("joins like a sentence", () => {
    expect(listWords([])).toBe("");
    expect(listWords(["a"])).toBe("a");
    expect(listWords(["a", "b", "c"])).toBe("a, b and c");
  });
});
