/** A note sent with a request, shown as a quotation with who wrote it. */
export function QuotedNote({ caption, note }: { caption: string; note: string }) {
  return (
    <figure className="rounded-xl bg-surface-2 p-4">
      <figcaption className="text-sm font-medium text-muted">{caption}</figcaption>
      <blockquote className="mt-1.5 border-l-4 border-line-strong pl-3 whitespace-pre-line break-words">
        <p>{note}</p>
      </blockquote>
    </figure>
  );
}
