/**
 * Paused periods from a partnership's timeline: each PAUSED event starts one, the next RESUMED (or
 * ENDED) closes it, and one still open has no end. Extra PAUSED or RESUMED events change nothing.
 *
 * `planned` are the pause rows still planned or running (SCHEDULED or ACTIVE, their planned
 * start and end): a running pause's open period ends on its planned day instead of never, and a
 * planned one is paused ahead of time, so the check-ins in it are left out of feeds, counts and
 * calendars before it begins.
 */
import type { PausedPeriod } from "./occurrences";

export type TimelineMark = { type: string; createdAt: Date };

export function pausedPeriods(events: readonly TimelineMark[], planned: readonly PausedPeriod[] = []): PausedPeriod[] {
  const periods: PausedPeriod[] = [];
  let open: Date | null = null;
  for (const event of [...events].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
    if (event.type === "PAUSED" && !open) open = event.createdAt;
    else if ((event.type === "RESUMED" || event.type === "ENDED") && open) {
      periods.push({ start: open, end: event.createdAt });
      open = null;
    }
  }
  if (open) {
    const from = open;
    // The running pause: the planned one whose end is still ahead of the moment it began.
    const running = planned.find((p) => p.end !== null && p.end.getTime() > from.getTime());
    periods.push({ start: open, end: running?.end ?? null });
  }
  return [...periods, ...planned];
}
