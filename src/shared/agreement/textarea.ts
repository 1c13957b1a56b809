/**
 * Binding a plain text area to a Y.Text: a member's edit becomes the smallest delete and insert at
 * the changed range (so a partner's concurrent typing elsewhere merges), and the caret is carried
 * through the partner's edits by Yjs relative positions.
 */
import * as Y from "yjs";

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The changed range between two values: `[start, oldEnd)` in `before` became `[start, newEnd)` in `after`. */
export function changedRange(before: string, after: string): { start: number; oldEnd: number; newEnd: number } {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  // Never split a surrogate pair: an emoji is deleted or inserted whole.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  let oldEnd = before.length;
  let newEnd = after.length;
  while (oldEnd > start && newEnd > start && before.charCodeAt(oldEnd - 1) === after.charCodeAt(newEnd - 1)) {
    oldEnd--;
    newEnd--;
  }
  if (oldEnd < before.length && isLowSurrogate(before.charCodeAt(oldEnd))) {
    oldEnd++;
    newEnd++;
  }
  return { start, oldEnd, newEnd };
}

/**
 * Applies a text area's change (`before` is what it showed, which must be the Y.Text's content;
 * `after` is its new value) as one transaction. `origin` tells observers the change is local.
 */
export function applyTextareaChange(text: Y.Text, before: string, after: string, origin?: unknown): void {
  if (before === after) return;
  const { start, oldEnd, newEnd } = changedRange(before, after);
  const apply = () => {
    if (oldEnd > start) text.delete(start, oldEnd - start);
    if (newEnd > start) text.insert(start, after.slice(start, newEnd));
  };
  if (text.doc) text.doc.transact(apply, origin);
  else apply();
}

export type Selection = { start: number; end: number };

/**
 * A caret index as a position that moves with the text around it. It sticks to the character on
 * its left (what the member just typed), so the partner's text inserted right at the caret, or
 * appended at the end, lands after it instead of pushing the caret along.
 */
export function anchorCaret(text: Y.Text, index: number): Y.RelativePosition {
  return Y.createRelativePositionFromTypeIndex(text, Math.max(0, Math.min(index, text.length)), -1);
}

/** Where an anchored caret is now; the end of the text if what it was anchored to is gone from this document. */
export function caretIndex(text: Y.Text, anchor: Y.RelativePosition): number {
  if (!text.doc) return text.length;
  const absolute = Y.createAbsolutePositionFromRelativePosition(anchor, text.doc);
  return absolute && absolute.type === text ? absolute.index : text.length;
}

/**
 * The member's selection after `change` (typically applying the partner's update) ran: each end
 * keeps its place in the text, so the caret stays where the member is typing.
 */
export function mapSelection(text: Y.Text, selection: Selection, change: () => void): Selection {
  const start = anchorCaret(text, selection.start);
  const end = anchorCaret(text, selection.end);
  change();
  return { start: caretIndex(text, start), end: caretIndex(text, end) };
}
