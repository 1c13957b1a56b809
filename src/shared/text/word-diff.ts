/**
 * Word-level differences between two versions of a text, as segments a page can mark up
 * (<del>/<ins>) without knowing anything about the diff library.
 */
import { diffWords, diffWordsWithSpace, type ChangeObject } from "diff";

export type DiffSegment = { kind: "added" | "removed" | "same"; text: string };

/**
 * Beyond this many changed words the diff stops looking for the shortest edit and shows the
 * whole text as replaced: the search grows with the square of the edits, and a pasted-over
 * section is read as "replaced" anyway.
 */
export const maxDiffEdits = 500;

const toSegments = (changes: ChangeObject<string>[]): DiffSegment[] =>
  changes.filter((c) => c.value !== "").map((c) => ({ kind: c.added ? "added" : c.removed ? "removed" : "same", text: c.value }));

const changed = (segments: DiffSegment[]) => segments.some((s) => s.kind !== "same");

/** `before` turned into `after`, word by word; an empty list when both are empty. */
export function wordDiff(before: string, after: string): DiffSegment[] {
  if (before === after) return before === "" ? [] : [{ kind: "same", text: after }];
  const words = diffWords(before, after, { maxEditLength: maxDiffEdits });
  const segments = words ? toSegments(words) : [];
  if (changed(segments)) return segments;
  // diffWords ignores whitespace: a change of only spaces or line breaks needs them as tokens.
  const spaced = diffWordsWithSpace(before, after, { maxEditLength: maxDiffEdits });
  if (spaced && changed(toSegments(spaced))) return toSegments(spaced);
  return [
    ...(before ? [{ kind: "removed" as const, text: before }] : []),
    ...(after ? [{ kind: "added" as const, text: after }] : []),
  ];
}
