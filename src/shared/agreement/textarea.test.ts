import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { anchorCaret, applyTextareaChange, caretIndex, changedRange, mapSelection } from "./textarea";

function textWith(content: string): { doc: Y.Doc; text: Y.Text } {
  const doc = new Y.Doc();
  const text = doc.getText("t");
  text.insert(0, content);
  return { doc, text };
}

/** The delta one change produces, to see that it touched only the changed range. */
function deltaOf(text: Y.Text, change: () => void): unknown[] {
  let delta: unknown[] = [];
  const observe = (event: Y.YTextEvent) => (delta = event.delta);
  text.observe(observe);
  change();
  text.unobserve(observe);
  return delta;
}

/** A partner's document, synced with `doc`, for remote edits. */
function partnerOf(doc: Y.Doc): { partner: Y.Doc; text: Y.Text; send: () => void } {
  const partner = new Y.Doc();
  Y.applyUpdate(partner, Y.encodeStateAsUpdate(doc));
  return { partner, text: partner.getText("t"), send: () => Y.applyUpdate(doc, Y.encodeStateAsUpdate(partner, Y.encodeStateVector(doc))) };
}

describe("changedRange", () => {
  it.each([
    ["typing in the middle", "We talk.", "We often talk.", { start: 3, oldEnd: 3, newEnd: 9 }],
    ["deleting a word", "We often talk.", "We talk.", { start: 3, oldEnd: 9, newEnd: 3 }],
    ["replacing a selection", "every Monday", "every Tuesday", { start: 6, oldEnd: 9, newEnd: 10 }],
    ["a repeated letter", "aaa", "aaaa", { start: 3, oldEnd: 3, newEnd: 4 }],
    ["nothing", "same", "same", { start: 4, oldEnd: 4, newEnd: 4 }],
  ])("finds the smallest range for %s", (_what, before, after, range) => {
    expect(changedRange(before, after)).toEqual(range);
  });

  it("never splits an emoji", () => {
    // 😀 and 😃 share their first (high) surrogate, 😀 and 🈀 their second (low) one.
    expect(changedRange("a😀b", "a😃b")).toEqual({ start: 1, oldEnd: 3, newEnd: 3 });
    expect(changedRange("x😀", "x😃")).toEqual({ start: 1, oldEnd: 3, newEnd: 3 });
    expect(changedRange("a😀b", "a🈀b")).toEqual({ start: 1, oldEnd: 3, newEnd: 3 });
  });
});

describe("applyTextareaChange", () => {
  it("changes the Y.Text to the new value with one delete and one insert at the changed range", () => {
    const { text } = textWith("every Monday at six");
    const delta = deltaOf(text, () => applyTextareaChange(text, "every Monday at six", "every Tuesday at six"));
    expect(text.toString()).toBe("every Tuesday at six");
    expect(delta).toEqual([{ retain: 6 }, { delete: 3 }, { insert: "Tues" }]);
  });

  it("does nothing when the value did not change", () => {
    const { doc, text } = textWith("same");
    let updates = 0;
    doc.on("update", () => updates++);
    applyTextareaChange(text, "same", "same");
    expect(updates).toBe(0);
  });

  it("marks the transaction with the origin given", () => {
    const { doc, text } = textWith("hi");
    let origin: unknown;
    doc.on("afterTransaction", (transaction: Y.Transaction) => (origin = transaction.origin));
    applyTextareaChange(text, "hi", "hi there", "textarea");
    expect(origin).toBe("textarea");
  });

  it("keeps a partner's concurrent typing elsewhere in the same text", () => {
    const { doc, text } = textWith("We talk. We listen.");
    const { text: theirs, send } = partnerOf(doc);
    applyTextareaChange(theirs, "We talk. We listen.", "We talk. We listen first.");
    applyTextareaChange(text, "We talk. We listen.", "We often talk. We listen.");
    send();
    expect(text.toString()).toBe("We often talk. We listen first.");
  });
});

describe("caret mapping", () => {
  it("moves the caret along when the partner types before it, and keeps it when they type after", () => {
    const { doc, text } = textWith("We talk. We listen.");
    const { text: theirs, send } = partnerOf(doc);
    const caret = 8; // after "We talk."
    const selection = mapSelection(text, { start: caret, end: caret }, () => {
      applyTextareaChange(theirs, "We talk. We listen.", "Then we talk. We listen.");
      applyTextareaChange(theirs, "Then we talk. We listen.", "Then we talk. We listen, always.");
      send();
    });
    expect(text.toString()).toBe("Then we talk. We listen, always.");
    expect(selection).toEqual({ start: 13, end: 13 });
    expect(text.toString().slice(0, selection.start)).toBe("Then we talk.");
  });

  it("keeps a selection around the same words", () => {
    const { doc, text } = textWith("every Monday");
    const { text: theirs, send } = partnerOf(doc);
    const selection = mapSelection(text, { start: 6, end: 12 }, () => {
      applyTextareaChange(theirs, "every Monday", "Nearly every Monday");
      send();
    });
    expect(text.toString().slice(selection.start, selection.end)).toBe("Monday");
  });

  it("lands where the deleted text was when the partner deletes around the caret", () => {
    const { doc, text } = textWith("We talk often. We listen.");
    const { text: theirs, send } = partnerOf(doc);
    const anchor = anchorCaret(text, 10); // inside "often"
    applyTextareaChange(theirs, "We talk often. We listen.", "We talk. We listen.");
    send();
    expect(caretIndex(text, anchor)).toBe(7);
  });

  it("stays after what the member typed when the partner appends at the same place", () => {
    const { doc, text } = textWith("End");
    const { text: theirs, send } = partnerOf(doc);
    const anchor = anchorCaret(text, 3);
    applyTextareaChange(theirs, "End", "End here");
    send();
    expect(caretIndex(text, anchor)).toBe(3);
  });

  it("stays at the start when the caret was at the start and the partner prepends", () => {
    const { doc, text } = textWith("End");
    const { text: theirs, send } = partnerOf(doc);
    const anchor = anchorCaret(text, 0);
    applyTextareaChange(theirs, "End", "The End");
    send();
    expect(caretIndex(text, anchor)).toBe(0);
  });

  it("clamps an index past the end", () => {
    const { text } = textWith("abc");
    expect(caretIndex(text, anchorCaret(text, 99))).toBe(3);
  });
});
