/**
 * The shared time of two UTC week bit strings: which quarters overlap, as contiguous runs. The
 * week repeats, so a run crossing Sunday→Monday UTC (a Sunday evening in the Americas) is one run.
 */
import { QUARTERS_PER_WEEK } from "@/shared/time/availability";
import { localDay } from "./local-time";
import type { WeekBits } from "./types";

/** `length` quarters from `start`; quarters past the week's end wrap to its beginning. */
export type Run = { start: number; length: number };
export type Overlap = { runs: Run[]; minutes: number };

const WORDS = QUARTERS_PER_WEEK / 32;
const parsed = new Map<string, Uint32Array>();
const PARSED_LIMIT = 2048; // ~1.5 MB at most; the same member (A) is looked up 500 times a request

/** The bit string as 21 32-bit words (quarter i is bit i % 32 of word i / 32). */
export function parseWeekBits(bits: string): Uint32Array {
  if (typeof bits !== "string" || bits.length !== QUARTERS_PER_WEEK) {
    throw new RangeError(`overlapOf: bits must be ${QUARTERS_PER_WEEK}-character strings of 0/1`);
  }
  const out = new Uint32Array(WORDS);
  for (let i = 0; i < QUARTERS_PER_WEEK; i++) {
    const c = bits.charCodeAt(i);
    if (c === 49) out[i >>> 5]! |= 1 << (i & 31);
    else if (c !== 48) throw new RangeError("overlapOf: bits must be 0/1");
  }
  return out;
}

/** Each byte with its bit order reversed: PostgreSQL puts quarter 0 in the high bit of byte 0. */
const reversedByte = Uint8Array.from({ length: 256 }, (_, byte) => {
  let r = 0;
  for (let bit = 0; bit < 8; bit++) if (byte & (1 << bit)) r |= 0x80 >>> bit;
  return r;
});

/**
 * Words from the hex of a `bit(672)`'s bytes (SQL: `encode(substring(varbit_send(bits) from 5), 'hex')`),
 * a quarter of the text form's size on the wire.
 */
export function weekBitsFromHex(hex: string): Uint32Array {
  if (typeof hex !== "string" || hex.length !== QUARTERS_PER_WEEK / 4) throw new RangeError(`weekBitsFromHex: expected ${QUARTERS_PER_WEEK / 4} hex digits`);
  const out = new Uint32Array(WORDS);
  for (let byte = 0; byte < QUARTERS_PER_WEEK / 8; byte++) {
    const high = hexDigit(hex.charCodeAt(2 * byte));
    const low = hexDigit(hex.charCodeAt(2 * byte + 1));
    if ((high | low) < 0) throw new RangeError(`weekBitsFromHex: expected ${QUARTERS_PER_WEEK / 4} hex digits`);
    out[byte >>> 2]! |= reversedByte[(high << 4) | low]! << (8 * (byte & 3));
  }
  return out;
}

/** 0..15 for a hex digit's character code, −1 otherwise. */
function hexDigit(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 102) return code - 87;
  if (code >= 65 && code <= 70) return code - 55;
  return -1;
}

/** Words for a week's bits; a string is parsed once and memoised. */
function words(bits: WeekBits): Uint32Array {
  if (bits instanceof Uint32Array) {
    if (bits.length !== WORDS) throw new RangeError(`overlapOf: bits must be ${WORDS} words`);
    return bits;
  }
  const hit = parsed.get(bits);
  if (hit) return hit;
  const out = parseWeekBits(bits);
  if (parsed.size >= PARSED_LIMIT) parsed.clear();
  parsed.set(bits, out);
  return out;
}

export function overlapOf(bitsA: WeekBits, bitsB: WeekBits): Overlap {
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

/** Shared minutes of two weeks' bits. */
export function overlapMinutes(bitsA: WeekBits, bitsB: WeekBits): number {
  const a = words(bitsA);
  const b = words(bitsB);
  let count = 0;
  for (let w = 0; w < WORDS; w++) count += popcount(a[w]! & b[w]!);
  return count * 15;
}

/** The overlap's size and, for each member's local clock, `longestByLocalDay` of its runs. */
export type OverlapByDay = { minutes: number; longestA: number[]; longestB: number[] };

/**
 * The same as `overlapOf` followed by `longestByLocalDay` for A and for B, in one pass over the
 * shared quarters and without building the runs: what ranking needs. The pass starts at a quarter
 * neither shares, so a run crossing the week's end is walked in one piece, as `overlapOf` merges it.
 */
export function overlapByLocalDay(bitsA: WeekBits, bitsB: WeekBits, localA: Uint16Array, localB: Uint16Array): OverlapByDay {
  const a = words(bitsA);
  const b = words(bitsB);
  const longestA = [0, 0, 0, 0, 0, 0, 0];
  const longestB = [0, 0, 0, 0, 0, 0, 0];
  let count = 0;
  let gap = -1; // the first quarter not shared
  for (let w = 0; w < WORDS; w++) {
    const both = a[w]! & b[w]!;
    count += popcount(both);
    if (gap < 0 && both !== -1) gap = w * 32 + 31 - Math.clz32(~both & -~both);
  }
  if (count === 0) return { minutes: 0, longestA, longestB };
  if (gap < 0) gap = 0; // shared all week: one run from quarter 0, as overlapOf has it

  let previous = -2;
  let dayA = -1;
  let dayB = -1;
  let lengthA = 0;
  let lengthB = 0;
  const visit = (from: number, to: number) => {
    for (let w = from >>> 5; w <= (to - 1) >>> 5; w++) {
      let both = (a[w]! & b[w]!) | 0;
      if (w === from >>> 5) both &= -1 << (from & 31);
      if (w === (to - 1) >>> 5 && (to & 31) !== 0) both &= (1 << (to & 31)) - 1;
      while (both !== 0) {
        const lowest = both & -both;
        const quarter = w * 32 + 31 - Math.clz32(lowest);
        both ^= lowest;
        if (quarter !== previous + 1) {
          dayA = dayB = -1;
        }
        previous = quarter;
        const todayA = localDay(localA[quarter]!);
        if (todayA !== dayA) {
          dayA = todayA;
          lengthA = 0;
        }
        if (++lengthA > longestA[dayA]!) longestA[dayA] = lengthA;
        const todayB = localDay(localB[quarter]!);
        if (todayB !== dayB) {
          dayB = todayB;
          lengthB = 0;
        }
        if (++lengthB > longestB[dayB]!) longestB[dayB] = lengthB;
      }
    }
  };
  visit(gap, QUARTERS_PER_WEEK);
  if (previous === QUARTERS_PER_WEEK - 1) previous = -1; // quarter 0 continues the week's last quarter
  if (gap > 0) visit(0, gap);
  return { minutes: count * 15, longestA, longestB };
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
