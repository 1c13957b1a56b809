/**
 * The shared time of two UTC week bit strings: which quarters overlap, as contiguous runs. The
 * week repeats, so a run crossing Sunday→Monday UTC (a Sunday evening in the Americas) is one run.
 */
import { QUARTERS_PER_WEEK } from "@/server/onboarding/availability";
import { localDay } from "./score-local-time";

/** `length` quarters from `start`; quarters past the week's end wrap to its beginning. */
export type Run = { start: number; length: number };
export type Overlap = { runs: Run[]; minutes: number };

const WORDS = QUARTERS_PER_WEEK / 32;
const parsed = new Map<string, Uint32Array>();
const PARSED_LIMIT = 2048; // ~1.5 MB at most; the same member (A) is looked up 500 times a request

/** The bit string as 21 32-bit words (quarter i is bit i % 32 of word i / 32); memoised per string. */
function words(bits: string): Uint32Array {
  const hit = parsed.get(bits);
  if (hit) return hit;
  if (typeof bits !== "string" || bits.length !== QUARTERS_PER_WEEK) {
    throw new RangeError(`overlapOf: bits must be ${QUARTERS_PER_WEEK}-character strings of 0/1`);
  }
  const out = new Uint32Array(WORDS);
  for (let i = 0; i < QUARTERS_PER_WEEK; i++) {
    const c = bits.charCodeAt(i);
    if (c === 49) out[i >>> 5]! |= 1 << (i & 31);
    else if (c !== 48) throw new RangeError("overlapOf: bits must be 0/1");
  }
  if (parsed.size >= PARSED_LIMIT) parsed.clear();
  parsed.set(bits, out);
  return out;
}

export function overlapOf(bitsA: string, bitsB: string): Overlap {
  const a = words(bitsA);
  const b = words(bitsB);
  const runs: Run[] = [];
  let count = 0;
  let last: Run | undefined;
  for (let w = 0; w < WORDS; w++) {
    let both = (a[w]! & b[w]!) | 0;
    while (both !== 0) {
      const lowest = both & -both;
      const quarter = w * 32 + 31 - Math.clz32(lowest);
      both ^= lowest;
      count++;
      if (last && last.start + last.length === quarter) last.length++;
      else runs.push((last = { start: quarter, length: 1 }));
    }
  }
  const first = runs[0];
  if (runs.length > 1 && first && last && first.start === 0 && last.start + last.length === QUARTERS_PER_WEEK) {
    last.length += first.length;
    runs.shift();
  }
  return { runs, minutes: count * 15 };
}

/** Quarter `offset` steps into a run, wrapped into the week. */
export const runQuarter = (run: Run, offset: number): number => (run.start + offset) % QUARTERS_PER_WEEK;

/**
 * For each local weekday (0 = Monday) of the member whose local clock is `local`, the longest
 * stretch of overlap in quarters, split at that member's local midnight.
 */
export function longestByLocalDay(runs: readonly Run[], local: Uint16Array): number[] {
  const longest = [0, 0, 0, 0, 0, 0, 0];
  for (const run of runs) {
    let day = -1;
    let length = 0;
    for (let k = 0; k < run.length; k++) {
      const today = localDay(local[runQuarter(run, k)]!);
      if (today !== day) {
        day = today;
        length = 0;
      }
      length++;
      if (length > longest[day]!) longest[day] = length;
    }
  }
  return longest;
}
