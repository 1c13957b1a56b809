/**
 * Local wall-clock time at each UTC quarter of a week, for one zone, as a lookup table, so the
 * scorer can ask "what time is it for this member?" for hundreds of quarters without a luxon call
 * each. Memoised per zone and week: the answer never changes, so callers stay pure.
 */
import { IANAZone } from "luxon";
import { QUARTERS_PER_WEEK } from "@/shared/time/availability";

export const MINUTES_PER_DAY = 24 * 60;
const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;
const QUARTER_MS = 15 * 60_000;
/** Offsets change at most once every ~166 hours (see availability.ts), so daily probes suffice. */
const PROBE_QUARTERS = 96;

const cache = new Map<number, Map<string, Uint16Array>>(); // week start (ms) → zone → table
const CACHE_WEEKS = 4;

/**
 * Minute of the local week (0 = Monday 00:00 local … 10079) at the start of each UTC quarter of
 * the week beginning `weekStart` (a Monday 00:00 UTC) in IANA zone `zone`. Same rule as
 * `utcWeekBits` and `describeUtcQuarter`: the zone's offset at the quarter's start instant.
 */
export function localMinutesOfWeek(zone: string, weekStart: Date): Uint16Array {
  const weekStartMs = weekStart.getTime();
  let zones = cache.get(weekStartMs);
  const hit = zones?.get(zone);
  if (hit) return hit;

  const iana = IANAZone.create(zone);
  if (!iana.isValid) throw new RangeError(`localMinutesOfWeek: invalid IANA time zone ${JSON.stringify(zone)}`);
  const offsetAt = (quarter: number) => Math.floor(iana.offset(weekStartMs + quarter * QUARTER_MS)) | 0;

  const offsets = new Int16Array(QUARTERS_PER_WEEK);
  // Fills offsets[lo..hi] given the offsets at both ends, bisecting where they differ.
  const fill = (lo: number, offsetLo: number, hi: number, offsetHi: number): void => {
    if (offsetLo === offsetHi) {
      offsets.fill(offsetLo, lo, hi + 1);
    } else if (hi - lo === 1) {
      offsets[lo] = offsetLo;
      offsets[hi] = offsetHi;
    } else {
      const mid = (lo + hi) >>> 1;
      const offsetMid = offsetAt(mid);
      fill(lo, offsetLo, mid, offsetMid);
      fill(mid, offsetMid, hi, offsetHi);
    }
  };
  let lo = 0;
  let offsetLo = offsetAt(0);
  while (lo < QUARTERS_PER_WEEK - 1) {
    const hi = Math.min(lo + PROBE_QUARTERS, QUARTERS_PER_WEEK - 1);
    const offsetHi = offsetAt(hi);
    fill(lo, offsetLo, hi, offsetHi);
    lo = hi;
    offsetLo = offsetHi;
  }

  const local = new Uint16Array(QUARTERS_PER_WEEK);
  for (let quarter = 0; quarter < QUARTERS_PER_WEEK; quarter++) {
    local[quarter] = (((quarter * 15 + offsets[quarter]!) % MINUTES_PER_WEEK) + MINUTES_PER_WEEK) % MINUTES_PER_WEEK;
  }
  if (!zones) {
    if (cache.size >= CACHE_WEEKS) cache.clear();
    zones = new Map();
    cache.set(weekStartMs, zones);
  }
  zones.set(zone, local); // bounded by the number of IANA zones (~600)
  return local;
}

const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;
const pad = (n: number) => String(n).padStart(2, "0");

/**
 * `{ weekday: "Monday", time: "18:00" }` for a local minute of the week: the same answer as
 * `describeUtcQuarter` (a test checks every quarter in several zones), without a luxon call,
 * which costs ~15 µs each and would be most of the budget for 500 candidates.
 */
export function describeLocalMinute(minuteOfWeek: number): { weekday: string; time: string } {
  const minute = minuteOfWeek % MINUTES_PER_DAY;
  return { weekday: WEEKDAY_NAMES[Math.floor(minuteOfWeek / MINUTES_PER_DAY)]!, time: `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}` };
}

/** Local weekday, 0 = Monday … 6 = Sunday. */
export const localDay = (minuteOfWeek: number): number => Math.floor(minuteOfWeek / MINUTES_PER_DAY);
/** Local minute of the day, 0..1439. */
export const localMinuteOfDay = (minuteOfWeek: number): number => minuteOfWeek % MINUTES_PER_DAY;
