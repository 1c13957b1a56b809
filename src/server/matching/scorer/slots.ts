/**
 * The best recurring check-in starts inside the overlap: a full hour if there is one, at a
 * comfortable local time for both (07:00–22:00), on days spread through the week.
 */
import { localDay, localMinuteOfDay, MINUTES_PER_DAY } from "./local-time";
import { runQuarter, type Overlap } from "./overlap";
import { slotWeights as w } from "./weights";

/** How far (minutes) a session starting at `start` (local minute of day) strays from the comfortable window; 0 inside. */
function discomfort(start: number, duration: number): number {
  if (start >= w.comfortStart && start < w.comfortEnd) return Math.max(0, start + duration - w.comfortEnd);
  const sinceEnd = (start - w.comfortEnd + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  const untilStart = (w.comfortStart - start + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return Math.min(sinceEnd, untilStart) + duration;
}

/** Smallest gap in days between two weekdays, around the week. */
const gap = (x: number, y: number): number => Math.min(Math.abs(x - y), 7 - Math.abs(x - y));

/**
 * From each A-local day's best start (`quality[day]` < 0 when none), the days of the set of up to
 * `max` with the best total quality plus a bonus for spreading them through the week. Only starts
 * within `qualityTolerance` of the best take part. Ties go to earlier days.
 */
function pickDays(quality: readonly number[]): number[] {
  const top = Math.max(...quality);
  const days: number[] = [];
  for (let day = 0; day < 7; day++) if (quality[day]! >= 0 && quality[day]! >= top - w.qualityTolerance - 1e-9) days.push(day);
  // Every set of `size` days (size ≤ 3), by nested loops: no allocation per combination.
  const size = Math.min(w.max, 3, days.length);
  let best: number[] = [];
  let bestValue = -Infinity;
  const consider = (picked: number[], smallestGap: number) => {
    const value = picked.reduce((sum, day) => sum + quality[day]!, 0) + w.spreadBonus * smallestGap;
    if (value > bestValue + 1e-9) [best, bestValue] = [picked, value];
  };
  for (let i = 0; i < days.length; i++) {
    const x = days[i]!;
    if (size === 1) consider([x], 0);
    for (let j = i + 1; j < days.length && size >= 2; j++) {
      const y = days[j]!;
      if (size === 2) consider([x, y], gap(x, y));
      for (let k = j + 1; k < days.length && size === 3; k++) {
        const z = days[k]!;
        const smallest = Math.min(gap(x, y), gap(x, z), gap(y, z));
        if (quality[x]! + quality[y]! + quality[z]! + w.spreadBonus * smallest > bestValue + 1e-9) consider([x, y, z], smallest);
      }
    }
  }
  return best;
}

/**
 * UTC quarters (1–3, in A's week order) at which a recurring check-in could start. `localA` and
 * `localB` are each member's local minute of the week per UTC quarter. Empty only without overlap.
 */
export function suggestSlots(overlap: Overlap, localA: Uint16Array, localB: Uint16Array): number[] {
  const quality = [-1, -1, -1, -1, -1, -1, -1];
  const start = [0, 0, 0, 0, 0, 0, 0];
  for (const run of overlap.runs) {
    for (let k = 0; k < run.length; k++) {
      const quarter = runQuarter(run, k);
      const day = localDay(localA[quarter]!);
      if (quality[day]! >= 1 - 1e-9) continue; // nothing later that day can beat a full, comfortable hour
      const quarters = Math.min(run.length - k, w.sessionQuarters);
      const duration = quarters * 15;
      const away = discomfort(localMinuteOfDay(localA[quarter]!), duration) + discomfort(localMinuteOfDay(localB[quarter]!), duration);
      const q = w.lengthShare * (quarters / w.sessionQuarters) + w.comfortShare * (1 - Math.min(1, away / w.comfortFalloff));
      if (q > quality[day]! + 1e-9) {
        quality[day] = q;
        start[day] = quarter;
      }
    }
  }
  return pickDays(quality)
    .map((day) => start[day]!)
    .sort((x, y) => localA[x]! - localA[y]!);
}
