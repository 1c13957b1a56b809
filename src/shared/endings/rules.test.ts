import { describe, expect, it } from "vitest";
import {
  closingColumns,
  endingFor,
  finalCheckInGraceMs,
  hasRematchPriority,
  maxClosingLength,
  maxReasonLength,
  maxReflectionLength,
  priorityFloor,
  ranksFirst,
  rematchPriorityUntil,
  scheduledEndingDue,
  zEndInput,
  zReflectInput,
  type StoredEnding,
} from "./rules";
import { closingTemplateIds, closingTemplates, templateText } from "./templates";

const partnershipId = "cm0partnership000000000001";
const base = { partnershipId, timing: "NOW" as const };

describe("ending choices", () => {
  it("defaults to no message, no reason, don't suggest us again, and not quietly", () => {
    expect(zEndInput.parse(base)).toEqual({ ...base, closing: { kind: "NONE" }, doNotRematch: true, quietly: false });
  });

  it("takes a template id, own words or none, and trims what a member wrote", () => {
    expect(zEndInput.parse({ ...base, closing: { kind: "TEMPLATE", templateId: "thank-you" } }).closing).toEqual({ kind: "TEMPLATE", templateId: "thank-you" });
    expect(zEndInput.parse({ ...base, closing: { kind: "OWN_WORDS", text: "  Thank you.\nTake care.  " } }).closing).toEqual({ kind: "OWN_WORDS", text: "Thank you.\nTake care." });
    expect(zEndInput.parse({ ...base, closing: null }).closing).toEqual({ kind: "NONE" });
    expect(zEndInput.parse({ ...base, reason: "   " }).reason).toBeNull();
    expect(zEndInput.parse({ ...base, reason: " Moving abroad " }).reason).toBe("Moving abroad");
    expect(zEndInput.parse({ ...base, timing: "AFTER_FINAL_CHECK_IN", doNotRematch: false, quietly: true })).toMatchObject({ timing: "AFTER_FINAL_CHECK_IN", doNotRematch: false, quietly: true });
  });

  it.each([
    ["an unknown timing", { ...base, timing: "LATER" }],
    ["an unknown template", { ...base, closing: { kind: "TEMPLATE", templateId: "you-failed" } }],
    ["empty own words", { ...base, closing: { kind: "OWN_WORDS", text: "   " } }],
    ["own words too long", { ...base, closing: { kind: "OWN_WORDS", text: "x".repeat(maxClosingLength + 1) } }],
    ["a NUL byte in own words", { ...base, closing: { kind: "OWN_WORDS", text: "bye\u0000" } }],
    ["a reason too long", { ...base, reason: "x".repeat(maxReasonLength + 1) }],
    ["a NUL byte in the reason", { ...base, reason: "a\u0000b" }],
    ["a template with own words too", { ...base, closing: { kind: "TEMPLATE", templateId: "thank-you", text: "hi" } }],
    ["an unknown field", { ...base, blame: true }],
    ["a bad id", { ...base, partnershipId: "not an id!" }],
    ["no timing", { partnershipId }],
    ["a non-boolean choice", { ...base, quietly: "yes" }],
  ])("refuses %s", (_what, input) => {
    expect(zEndInput.safeParse(input).success).toBe(false);
  });

  it("stores a template's id or the member's words, never both", () => {
    expect(closingColumns({ kind: "TEMPLATE", templateId: "timing" })).toEqual({ closingTemplate: "timing", closingMessage: null });
    expect(closingColumns({ kind: "OWN_WORDS", text: "Bye" })).toEqual({ closingTemplate: null, closingMessage: "Bye" });
    expect(closingColumns({ kind: "NONE" })).toEqual({ closingTemplate: null, closingMessage: null });
  });
});

describe("closing templates", () => {
  it("offers four or five warm, no-blame messages with unique ids", () => {
    expect(closingTemplates.length).toBeGreaterThanOrEqual(4);
    expect(closingTemplates.length).toBeLessThanOrEqual(5);
    expect(new Set(closingTemplateIds).size).toBe(closingTemplates.length);
    for (const t of closingTemplates) {
      expect(t.text.length).toBeLessThanOrEqual(maxClosingLength);
      expect(t.text).not.toMatch(/!|fault|failed|you didn't|you never/i);
    }
    expect(templateText("thank-you")).toContain("Thank you");
    expect(templateText("nope")).toBeNull();
  });
});

describe("what each side is shown", () => {
  const ender = "cm0ender000000000000000001";
  const partner = "cm0partner0000000000000001";
  const stored: StoredEnding = {
    endedById: ender,
    timing: "NOW",
    status: "DONE",
    closingTemplate: "thank-you",
    closingMessage: null,
    quietly: false,
    doNotRematch: true,
    finalCheckInAt: null,
  };

  it("the member who chose sees their own choices", () => {
    expect(endingFor(stored, ender)).toEqual({ side: "chose", timing: "NOW", status: "DONE", closingMessage: templateText("thank-you"), quietly: false, doNotRematch: true, finalCheckInAt: null });
  });

  it("the partner sees the closing message, and nothing about the reason or rematching", () => {
    expect(endingFor({ ...stored, closingTemplate: null, closingMessage: "Take care" }, partner)).toEqual({ side: "partner", quietly: false, status: "DONE", finalCheckInAt: null, closingMessage: "Take care" });
  });

  it("quietly: the partner sees only that it ended, no message", () => {
    const view = endingFor({ ...stored, quietly: true, closingMessage: "Take care", closingTemplate: null }, partner);
    expect(view).toEqual({ side: "partner", quietly: true, status: "DONE", finalCheckInAt: null, closingMessage: null });
  });
});

describe("when a planned ending completes", () => {
  const finalCheckInAt = new Date("2026-12-01T12:00:00Z");
  it("as soon as the final check-in is logged", () => {
    expect(scheduledEndingDue({ finalCheckInAt }, { now: new Date("2026-12-01T12:30:00Z"), finalCheckInLogged: true })).toBe(true);
  });
  it("otherwise only once the grace period after its planned start has passed", () => {
    expect(scheduledEndingDue({ finalCheckInAt }, { now: new Date(finalCheckInAt.getTime() + finalCheckInGraceMs - 1), finalCheckInLogged: false })).toBe(false);
    expect(scheduledEndingDue({ finalCheckInAt }, { now: new Date(finalCheckInAt.getTime() + finalCheckInGraceMs), finalCheckInLogged: false })).toBe(true);
  });
});

describe("rematch priority", () => {
  const now = new Date("2026-12-01T00:00:00Z");
  it("lasts thirty days from the ending", () => {
    expect(rematchPriorityUntil(now)).toEqual(new Date("2026-12-31T00:00:00Z"));
  });
  it("holds only before its end", () => {
    const until = rematchPriorityUntil(now);
    expect(hasRematchPriority(until, now)).toBe(true);
    expect(hasRematchPriority(until, until)).toBe(false);
    expect(hasRematchPriority(null, now)).toBe(false);
  });
});

describe("reflections", () => {
  it("take plain text up to the limit", () => {
    expect(zReflectInput.parse({ partnershipId, text: " It helped. " }).text).toBe("It helped.");
    expect(zReflectInput.safeParse({ partnershipId, text: "x".repeat(maxReflectionLength + 1) }).success).toBe(false);
    expect(zReflectInput.safeParse({ partnershipId, text: "a\u0000" }).success).toBe(false);
  });
});

describe("ranking a partner left behind", () => {
  it("first only with priority and at least a fair fit", () => {
    expect(ranksFirst({ rematchPriority: true, total: priorityFloor })).toBe(true);
    expect(ranksFirst({ rematchPriority: true, total: priorityFloor - 1 })).toBe(false);
    expect(ranksFirst({ rematchPriority: false, total: 100 })).toBe(false);
  });
});
