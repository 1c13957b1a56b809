import { describe, expect, it } from "vitest";
import { draftAgreement } from "@/test/agreement-fixtures";
import type { Agreement } from "./schema";
import { sectionIds } from "./sections";
import { documentSections, textBlocks, versionDocument, versionStandingWords, type VersionMeta, type VersionStanding } from "./version-document";

const names = { a: "Alex", b: "Sam" };
const dec = (day: number) => new Date(`2026-12-${String(day).padStart(2, "0")}T12:00:00Z`);
const meta = (standing: VersionStanding, signedAt: VersionMeta["signedAt"] = {}): VersionMeta => ({ names, number: 2, standing, signedAt });
const inZone = (timezone: string): Agreement => {
  const agreement = draftAgreement();
  return { ...agreement, fields: { ...agreement.fields, timezone } };
};

describe("versionDocument", () => {
  it.each<[VersionStanding, string]>([
    [{ status: "PROPOSED", proposedAt: dec(1) }, "Version 2, proposed on 1 December 2026. It comes into force once both partners have signed it."],
    [{ status: "WITHDRAWN", proposedAt: dec(1) }, "Version 2, proposed on 1 December 2026 and withdrawn before it came into force."],
    [
      { status: "ENDED_UNSIGNED", proposedAt: dec(1) },
      "Version 2, proposed on 1 December 2026. The partnership ended before both partners had signed it, so it didn't come into force.",
    ],
    [{ status: "CHANGES_REQUESTED", proposedAt: dec(1) }, "Version 2, proposed on 1 December 2026. Changes were asked for, so it didn't come into force."],
    [{ status: "IN_FORCE", inForceAt: dec(3) }, "Version 2, in force since 3 December 2026."],
    [{ status: "SUPERSEDED", inForceAt: dec(3), supersededAt: dec(20) }, "Version 2, in force from 3 December 2026 until 20 December 2026, when a newer version replaced it."],
  ])("says where a %o version stands", (standing, words) => {
    expect(versionDocument(draftAgreement(), meta(standing)).standing).toBe(words);
  });

  it("names both partners' signatures in order, and who has not signed", () => {
    const proposed = versionDocument(draftAgreement(), meta({ status: "PROPOSED", proposedAt: dec(1) }, { b: dec(1) }));
    expect(proposed.signatures).toEqual(["Not signed by Alex yet.", "Signed by Sam on 1 December 2026."]);
    const withdrawn = versionDocument(draftAgreement(), meta({ status: "WITHDRAWN", proposedAt: dec(1) }, { a: dec(1) }));
    expect(withdrawn.signatures).toEqual(["Signed by Alex on 1 December 2026.", "Not signed by Sam."]);
  });

  it("writes dates in the agreement's timezone, the same for both partners", () => {
    const lateInLondon = new Date("2026-12-02T23:30:00Z");
    const standing: VersionStanding = { status: "IN_FORCE", inForceAt: lateInLondon };
    expect(versionDocument(inZone("Europe/London"), meta(standing)).standing).toBe("Version 2, in force since 2 December 2026.");
    expect(versionDocument(inZone("Asia/Tokyo"), meta(standing)).standing).toBe("Version 2, in force since 3 December 2026.");
  });

  it("falls back to UTC for a timezone that can't be read, rather than failing", () => {
    const standing: VersionStanding = { status: "IN_FORCE", inForceAt: new Date("2026-12-02T23:30:00Z") };
    expect(versionDocument(inZone("Not/AZone"), meta(standing)).standing).toBe("Version 2, in force since 2 December 2026.");
  });

  it("lists every section once, in order; only text sections have text", () => {
    const { sections } = versionDocument(draftAgreement(), meta({ status: "IN_FORCE", inForceAt: dec(3) }));
    expect(sections.map((s) => s.id)).toEqual([...sectionIds]);
    expect(sections.filter((s) => s.blocks === null).map((s) => s.id)).toEqual(["rhythm", "review"]);
    expect(sections.filter((s) => s.fields.length > 0).map((s) => s.id)).toEqual(["rhythm", "pause", "review"]);
  });
});

describe("textBlocks", () => {
  it("gathers bullet lines into lists and keeps other lines as paragraphs", () => {
    expect(textBlocks("Intro\n- one\n  * two\n\n•three\nBetween\n- four\n")).toEqual([
      { kind: "paragraph", text: "Intro" },
      { kind: "list", items: ["one", "two", "three"] },
      { kind: "paragraph", text: "Between" },
      { kind: "list", items: ["four"] },
    ]);
  });

  it("treats a dash with no space, a rule or bold text as an ordinary line", () => {
    expect(textBlocks("-walk\n---\n**bold**")).toEqual([
      { kind: "paragraph", text: "-walk" },
      { kind: "paragraph", text: "---" },
      { kind: "paragraph", text: "**bold**" },
    ]);
  });

  it("has no blocks for empty or blank text", () => {
    expect(textBlocks("")).toEqual([]);
    expect(textBlocks(" \n\t\n")).toEqual([]);
  });
});

describe("the document's parts, for a version shown under a heading of its own", () => {
  it("gives the same sections and standing as the whole document", () => {
    const standing: VersionStanding = { status: "IN_FORCE", inForceAt: dec(3) };
    const whole = versionDocument(inZone("Asia/Tokyo"), meta(standing));
    expect(documentSections(inZone("Asia/Tokyo"), names)).toEqual(whole.sections);
    expect(versionStandingWords(inZone("Asia/Tokyo"), 2, standing)).toBe(whole.standing);
  });
});
