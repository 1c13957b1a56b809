import type { DiffSegment } from "@/shared/text/word-diff";

/** Unchanged words kept on each side of a change; the rest of a long section is elided. */
export const contextWords = 12;

const ellipsis = "…";

/** `text` cut to its first or last `count` words (whitespace kept as written). */
function keepWords(text: string, count: number, from: "start" | "end"): string {
  const parts = text.split(/(\s+)/);
  const wordIndexes = parts.flatMap((part, i) => (part.trim() ? [i] : []));
  if (wordIndexes.length <= count) return text;
  if (from === "start") return `${parts.slice(0, wordIndexes[count - 1]! + 1).join("")} ${ellipsis}`;
  return `${ellipsis} ${parts.slice(wordIndexes[wordIndexes.length - count]).join("")}`;
}

/**
 * A diff for reading: the changes whole, and only a few unchanged words around each, so a one-word
 * edit in a long section reads as that edit.
 */
export function trimUnchanged(segments: readonly DiffSegment[], words = contextWords): DiffSegment[] {
  return segments.map((segment, i) => {
    if (segment.kind !== "same") return segment;
    const first = i === 0;
    const last = i === segments.length - 1;
    if (first && last) return segment;
    if (first) return { ...segment, text: keepWords(segment.text, words, "end") };
    if (last) return { ...segment, text: keepWords(segment.text, words, "start") };
    const head = keepWords(segment.text, words, "start");
    if (head === segment.text) return segment;
    const tail = keepWords(segment.text, words, "end");
    // Both halves would overlap: the whole segment is short enough to keep.
    return head.length + tail.length - 2 * ellipsis.length >= segment.text.length ? segment : { ...segment, text: `${head.slice(0, -ellipsis.length)}${tail}` };
  });
}
