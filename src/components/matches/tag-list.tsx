/** A labelled row of tags ("Languages: English, Hungarian"); nothing at all when the list is empty. */
export function TagList({ id, label, items }: { id: string; label: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <div>
      <p id={id} className="text-sm font-medium text-muted">
        {label}
      </p>
      {/* The tags' look sits on the list, not on each tag: twenty cards on a page repeat it less.
          Keys are positions: a static list whose texts would otherwise be sent twice. */}
      <ul aria-labelledby={id} className="mt-1.5 flex flex-wrap gap-1.5 *:rounded-full *:border *:border-line *:bg-surface-2 *:px-2.5 *:py-0.5 *:text-sm">
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
    </div>
  );
}
