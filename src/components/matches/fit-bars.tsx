import type { Suggestion } from "@/trpc/outputs";
import { factorNames, factorText } from "./words";

type Factor = keyof typeof factorNames;
const order: Factor[] = ["commitment", "schedule", "values", "communication"];

/**
 * The score breakdown, kept low-key: the overall fit in words, then one bar per part. Each bar
 * is an image with its value in words ("Schedule fit: 80 out of 100"); the number is shown too,
 * so nothing depends on colour or on reading a bar's length.
 */
export function FitBars({ total, factors, headingId }: { total: number; factors: Suggestion["factors"]; headingId: string }) {
  return (
    <div className="self-start rounded-xl bg-surface-2 p-4">
      <h3 id={headingId} className="font-semibold">
        How your answers fit
      </h3>
      <p className="mt-1 text-sm text-muted">Fit: {Math.round(total)} out of 100</p>
      <ul aria-labelledby={headingId} className="mt-3 space-y-2.5">
        {order.map((factor) => {
          const score = Math.max(0, Math.min(100, Math.round(factors[factor])));
          return (
            <li key={factor}>
              <div aria-hidden="true" className="flex items-baseline justify-between gap-2 text-sm">
                <span>{factorNames[factor]}</span>
                <span className="tabular-nums text-muted">{score}</span>
              </div>
              <div role="img" aria-label={factorText(factor, score)} className="mt-1 h-2 overflow-hidden rounded-full bg-background ring-1 ring-line ring-inset">
                <div className="h-full rounded-full bg-primary" style={{ width: `${score}%` }} />
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
