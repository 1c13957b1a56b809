import { describe, expect, it } from "vitest";
import { draftAgreement } from "@/test/agreement-fixtures";
import { canonicalJson } from "./canonical";
import { changedSections } from "./changed-sections";

describe("canonicalJson", () => {
  it("gives the same text whatever order keys were written in, keeping array order", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: "x" } })).toBe('{"a":{"c":"x","d":[3,1]},"b":1}');
    expect(canonicalJson({ a: { c: "x", d: [3, 1] }, b: 1 })).toBe(canonicalJson({ b: 1, a: { d: [3, 1], c: "x" } }));
    expect(canonicalJson({ a: [1, 3] })).not.toBe(canonicalJson({ a: [3, 1] }));
  });

  it("leaves out undefined values and escapes control characters", () => {
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
    expect(canonicalJson(undefined)).toBe("null");
    expect(canonicalJson("a\0b")).toBe('"a\\u0000b"');
  });
});

describe("changedSections", () => {
  it("names each section whose text or fields differ, in reading order", () => {
    const before = draftAgreement();
    const after = { text: { ...before.text, boundariesB: before.text.boundariesB + " More." }, fields: { ...before.fields, trialReview: !before.fields.trialReview, time: "07:00" } };
    expect(changedSections(before, after)).toEqual(["rhythm", "boundariesB", "review"]);
    expect(changedSections(before, draftAgreement())).toEqual([]);
  });
});
