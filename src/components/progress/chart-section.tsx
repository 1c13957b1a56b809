import type { ReactNode } from "react";

type Props = {
  id: string;
  title: string;
  summary: string;
  chart: ReactNode;
  legend?: ReactNode;
  /** The same numbers as a table, for screen readers and anyone who prefers them. */
  table: ReactNode;
};

/** One progress chart: its heading, the sentence that says what it shows, the drawing and a table. */
export function ChartSection({ id, title, summary, chart, legend, table }: Props) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-10" data-testid={`${id}-chart`}>
      <h2 id={`${id}-heading`} className="text-2xl font-semibold">
        {title}
      </h2>
      <p className="mt-2">{summary}</p>
      <div className="mt-4">{chart}</div>
      {legend}
      <details className="mt-3">
        <summary className="cursor-pointer text-primary-text underline underline-offset-4">Show as a table</summary>
        <div className="mt-3 overflow-x-auto">{table}</div>
      </details>
    </section>
  );
}

export type LegendItem = { name: string; className: string; shape: "bar" | "solid" | "dashed" | "shaded" };

function Swatch({ item }: { item: LegendItem }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 12" width="24" height="12" className={`shrink-0 ${item.className}`}>
      {item.shape === "bar" || item.shape === "shaded" ? (
        <rect x="4" y="0" width="16" height="12" rx="2" stroke="none" />
      ) : item.shape === "solid" ? (
        <>
          <line x1="0" y1="6" x2="24" y2="6" strokeWidth="2" />
          <circle cx="12" cy="6" r="3.5" stroke="none" />
        </>
      ) : (
        <>
          <line x1="0" y1="6" x2="24" y2="6" strokeWidth="2" strokeDasharray="6 4" />
          <rect x="8.5" y="2.5" width="7" height="7" stroke="none" />
        </>
      )}
    </svg>
  );
}

export function Legend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm text-muted">
      {items.map((item) => (
        <li key={item.name} className="flex items-center gap-2">
          <Swatch item={item} />
          {item.name}
        </li>
      ))}
    </ul>
  );
}

export const tableClass = "w-full border-collapse text-left text-sm [&_td]:border-t [&_td]:border-line [&_td]:py-1.5 [&_td]:pr-4 [&_th]:py-1.5 [&_th]:pr-4 [&_thead_th]:font-semibold";
