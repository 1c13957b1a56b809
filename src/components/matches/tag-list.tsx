/** A labelled row of tags ("Languages: English, Hungarian"); nothing at all when the list is empty. */
export function TagList({ id, label, items }: { id: string; label: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <div>
      <p id={id} className="text-sm font-medium text-muted">
        {label}
      </p>
      <ul aria-labelledby={id} className="mt-1.5 flex flex-wrap gap-1.5">
        {items.map((item) => (
          <li key={item} className="rounded-full border border-line bg-surface-2 px-2.5 py-0.5 text-sm">
            {item}
          </li>
        ))}
      </ul>
    </div>
  );
}
