/** Schedule fit in one direction: does the shared time give `frequency` what it needs? */
import type { CheckInFrequency } from "./types";
import { scheduleWeights as w } from "./weights";

/**
 * `longestByDay`: the longest overlap (quarters) on each of the member's local days;
 * `overlapMinutes`: all shared minutes in the week. Each day earns credit up to the rhythm's
 * stretch length; the best `days` days make up the need; extra time adds slack until it saturates.
 */
export function scheduleFit(frequency: CheckInFrequency, longestByDay: readonly number[], overlapMinutes: number): number {
  const need = w.needs[frequency];
  const credits = longestByDay.map((quarters) => Math.min(1, (quarters * 15) / need.minutes)).sort((x, y) => y - x);
  let met = 0;
  for (let i = 0; i < need.days; i++) met += credits[i] ?? 0;
  met /= need.days;
  const slack = Math.min(1, overlapMinutes / (need.days * need.minutes * w.flexSaturation));
  return w.needShare * met + (1 - w.needShare) * slack;
}
