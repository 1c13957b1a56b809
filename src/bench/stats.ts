/** Nearest-rank percentile of `values` (milliseconds or anything else); 0 when empty. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** One decimal place, for printing and the results files. */
export const round = (n: number) => Math.round(n * 10) / 10;

export type Spread = { p50_ms: number; p95_ms: number; max_ms: number };

export const spread = (values: number[]): Spread => ({ p50_ms: round(percentile(values, 50)), p95_ms: round(percentile(values, 95)), max_ms: round(Math.max(...values)) });

/** A command-line option's value (`--name value`), or the fallback. */
export function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : (process.argv[at + 1] ?? fallback);
}
