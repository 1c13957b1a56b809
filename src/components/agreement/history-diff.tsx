import type { DiffSegment } from "@/shared/text/word-diff";
import { trimUnchanged } from "./history-segments";

/** Added words underlined, removed ones struck through, each also named for screen readers. */
export function Added({ children }: { children: string }) {
  return (
    <ins className="rounded-sm bg-primary-soft px-0.5 text-fg underline decoration-2 underline-offset-2">
      <span className="sr-only">[added: </span>
      {children}
      <span className="sr-only">]</span>
    </ins>
  );
}

export function Removed({ children }: { children: string }) {
  return (
    <del className="text-muted line-through decoration-2">
      <span className="sr-only">[removed: </span>
      {children}
      <span className="sr-only">]</span>
    </del>
  );
}

/** A section's text change, word by word, with long unchanged stretches shortened. */
export function HistoryDiff({ segments }: { segments: readonly DiffSegment[] }) {
  return (
    <p className="mt-3 break-words whitespace-pre-wrap">
      {trimUnchanged(segments).map((segment, i) =>
        segment.kind === "added" ? <Added key={i}>{segment.text}</Added> : segment.kind === "removed" ? <Removed key={i}>{segment.text}</Removed> : <span key={i}>{segment.text}</span>,
      )}
    </p>
  );
}
