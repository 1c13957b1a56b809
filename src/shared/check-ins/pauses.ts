/**
 * Paused periods from a partnership's timeline: each PAUSED event starts one, the next RESUMED (or
 * ENDED) closes it, and one still open has no end. Extra PAUSED or RESUMED events change nothing.
 */
import type { PausedPeriod } from "./occurrences";

export type TimelineMark = { type: string; createdAt: Date };

export function pausedPeriods(events: readonly TimelineMark[]): PausedPeriod[] {
  const periods: PausedPeriod[] = [];
  let open: Date | null = null;
  for (const event of [...events].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
    if (event.type === "PAUSED" && !open) open = event.createdAt;
    else if ((event.type === "RESUMED" || event.type === "ENDED") && open) {
      periods.push({ start: open, end: event.createdAt });
      open = null;
    }
  }
  if (open) periods.push({ start: open, end: null });
  return periods;
}
