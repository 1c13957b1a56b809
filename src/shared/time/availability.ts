/**
 * Weekly availability maths: converting a member's LOCAL availability grid into
 * the UTC bit string that matching compares in PostgreSQL (`bit_count(a & b)`).
 *
 * Pure: no I/O and no `server-only`; the only dependency is luxon (for time-zone
 * offsets, which it reads from the platform's Intl/ICU time-zone data).
 *
 * - LOCAL grid: `localSlots` are integers 0..335, `day * 48 + halfHour`, day 0 =
 *   Monday … 6 = Sunday, halfHour 0 = 00:00–00:30 … 47 = 23:30–24:00, in the
 *   member's own wall-clock time. The grid repeats every local week.
 * - UTC week: starts Monday 00:00 UTC and is a 672-character '0'/'1' string, one
 *   character per 15-minute quarter, `utcDay * 96 + quarter` (a PostgreSQL
 *   `bit(672)` literal).
 *
 * A UTC quarter is set iff the member's local wall-clock time at the quarter's
 * START instant falls in a selected local half-hour slot of that local weekday.
 * So local times skipped by a spring-forward gap map to nothing, the repeated
 * hour at fall-back maps both UTC occurrences, and local slots that fall in the
 * previous or next UTC week land in that week's string instead of this one.
 */
import { DateTime, IANAZone } from "luxon";

export const SLOTS_PER_DAY = 48;
export const LOCAL_SLOTS = 336;
export const QUARTERS_PER_WEEK = 672;

const QUARTERS_PER_DAY = 96;
const MINUTE_MS = 60_000;
const QUARTER_MS = 15 * MINUTE_MS;
const DAY_MS = 24 * 60 * MINUTE_MS;
const MINUTES_PER_WEEK = 7 * 24 * 60;
/** 1970-01-01 (epoch day 0) was a Thursday: three days after a Monday. */
const EPOCH_DAYS_AFTER_MONDAY = 3;

const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

/** The Monday 00:00:00.000 UTC at or before `instant`. */
export function weekStartUtc(instant: Date): Date {
  const ms = instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError("weekStartUtc: invalid date");
  const days = Math.floor(ms / DAY_MS);
  const daysSinceMonday = (((days + EPOCH_DAYS_AFTER_MONDAY) % 7) + 7) % 7;
  return new Date((days - daysSinceMonday) * DAY_MS);
}

/** Integers 0..335 with no duplicates (holes in sparse arrays are rejected). */
export function isValidLocalSlots(slots: unknown): slots is number[] {
  if (!Array.isArray(slots) || slots.length > LOCAL_SLOTS) return false;
  const seen = new Uint8Array(LOCAL_SLOTS);
  for (let i = 0; i < slots.length; i++) {
    const slot: unknown = slots[i];
    if (typeof slot !== "number" || !Number.isInteger(slot) || slot < 0 || slot >= LOCAL_SLOTS) return false;
    if (seen[slot]) return false;
    seen[slot] = 1;
  }
  return true;
}

function assertWeekStart(weekStart: Date, fn: string): number {
  const ms = weekStart instanceof Date ? weekStart.getTime() : NaN;
  if (!Number.isFinite(ms) || weekStartUtc(weekStart).getTime() !== ms) {
    throw new RangeError(`${fn}: weekStart must be a Monday 00:00:00.000 UTC`);
  }
  return ms;
}

function zoneOrThrow(zone: string, fn: string): IANAZone {
  // IANAZone.create caches per name, including the validity check, which is
  // much cheaper than IANAZone.isValidZone (a new Intl.DateTimeFormat per call).
  const iana = typeof zone === "string" && zone !== "" ? IANAZone.create(zone) : null;
  if (!iana?.isValid) throw new RangeError(`${fn}: invalid IANA time zone ${JSON.stringify(zone)}`);
  return iana;
}

/**
 * The zone's UTC offset (minutes) at each quarter start of the week, as constant
 * spans: `starts[i]` is the first quarter of span i, `offsets[i]` its offset.
 */
interface OffsetSpans {
  readonly starts: readonly number[];
  readonly offsets: readonly number[];
}

/**
 * Probe interval, in quarters. In the tz database (checked against every zone,
 * 1900–2100) consecutive UTC-offset changes are never less than ~96 hours apart
 * (Africa/Freetown 1939; since 1970 the minimum is 166 hours), and no UTC
 * Monday–Sunday week holds two of them. So daily probes cannot step over a
 * change and its reversal, with a wide margin for future rule changes; every
 * change between two probes is located to the exact quarter by bisection.
 */
const PROBE_QUARTERS = QUARTERS_PER_DAY;

// Decoding a byte array is ~40x faster than String.fromCharCode(...bytes) here.
const ascii = new TextDecoder("latin1");

const spanCache = new Map<string, OffsetSpans>();
const SPAN_CACHE_LIMIT = 4096;

/**
 * Splits the week into spans of constant offset, given the offset (minutes) at
 * the start of any quarter 0..671. Exported for tests via `__testing`.
 */
function findOffsetSpans(offsetAt: (quarter: number) => number): OffsetSpans {
  const starts: number[] = [0];
  const offsets: number[] = [offsetAt(0)];

  // Finds every quarter in (lo, hi] whose offset differs from the quarter
  // before, given the offsets at lo and hi, and appends them in order.
  const locate = (lo: number, offsetLo: number, hi: number, offsetHi: number): void => {
    if (offsetLo === offsetHi) return;
    if (hi - lo === 1) {
      starts.push(hi);
      offsets.push(offsetHi);
      return;
    }
    const mid = (lo + hi) >>> 1;
    const offsetMid = offsetAt(mid);
    locate(lo, offsetLo, mid, offsetMid);
    locate(mid, offsetMid, hi, offsetHi);
  };

  let lo = 0;
  let offsetLo = offsets[0]!;
  while (lo < QUARTERS_PER_WEEK - 1) {
    const hi = Math.min(lo + PROBE_QUARTERS, QUARTERS_PER_WEEK - 1);
    const offsetHi = offsetAt(hi);
    locate(lo, offsetLo, hi, offsetHi);
    lo = hi;
    offsetLo = offsetHi;
  }
  return { starts, offsets };
}

/** The zone's offset spans for one week, memoised (they depend only on zone and week). */
function offsetSpans(iana: IANAZone, weekStartMs: number): OffsetSpans {
  const key = `${iana.name}\u0000${weekStartMs}`;
  const cached = spanCache.get(key);
  if (cached) return cached;
  const spans = findOffsetSpans((quarter) => iana.offset(weekStartMs + quarter * QUARTER_MS));
  if (spanCache.size >= SPAN_CACHE_LIMIT) spanCache.clear();
  spanCache.set(key, spans);
  return spans;
}

/**
 * The 672-character UTC bit string for the UTC week beginning at `weekStart`
 * (a Monday 00:00 UTC) for a member whose repeating local grid is `localSlots`
 * in IANA zone `zone`. Throws RangeError for a bad weekStart, zone or slot.
 * Duplicate slots are harmless.
 */
export function utcWeekBits(localSlots: readonly number[], zone: string, weekStart: Date): string {
  const weekStartMs = assertWeekStart(weekStart, "utcWeekBits");
  const iana = zoneOrThrow(zone, "utcWeekBits");

  const selected = new Uint8Array(LOCAL_SLOTS);
  for (const slot of localSlots) {
    if (!Number.isInteger(slot) || slot < 0 || slot >= LOCAL_SLOTS) {
      throw new RangeError(`utcWeekBits: invalid local slot ${String(slot)}`);
    }
    selected[slot] = 1;
  }

  const out = new Uint8Array(QUARTERS_PER_WEEK).fill(48); // '0'
  if (localSlots.length > 0) {
    const { starts, offsets } = offsetSpans(iana, weekStartMs);
    for (let span = 0; span < starts.length; span++) {
      const end = span + 1 < starts.length ? starts[span + 1]! : QUARTERS_PER_WEEK;
      // weekStart is Monday 00:00 UTC, so UTC minute-of-week plus the offset is
      // the local minute-of-week (Monday 00:00 local = 0), modulo a week.
      // Offsets are whole minutes for every modern zone; flooring a historical
      // seconds-precision offset does not change which half-hour it falls in.
      // `| 0` keeps the arithmetic in small integers (luxon may return the
      // offset as a heap double, which makes this loop several times slower).
      const offset = Math.floor(offsets[span]!) | 0;
      const first = starts[span]!;
      let local = (((first * 15 + offset) % MINUTES_PER_WEEK) + MINUTES_PER_WEEK) % MINUTES_PER_WEEK;
      for (let quarter = first; quarter < end; quarter++) {
        if (selected[(local / 30) | 0] === 1) out[quarter] = 49; // '1'
        local += 15;
        if (local >= MINUTES_PER_WEEK) local -= MINUTES_PER_WEEK;
      }
    }
  }
  return ascii.decode(out);
}

function assertBitString(bits: string, name: string): void {
  if (typeof bits !== "string" || bits.length !== QUARTERS_PER_WEEK || !/^[01]*$/.test(bits)) {
    throw new RangeError(`overlapQuarters: ${name} must be a ${QUARTERS_PER_WEEK}-character string of 0/1`);
  }
}

/** Number of quarters set in both UTC week strings. */
export function overlapQuarters(a: string, b: string): number {
  assertBitString(a, "a");
  assertBitString(b, "b");
  let count = 0;
  for (let i = 0; i < QUARTERS_PER_WEEK; i++) {
    if (a.charCodeAt(i) === 49 && b.charCodeAt(i) === 49) count++;
  }
  return count;
}

/**
 * The local weekday name ("Monday") and "HH:mm" local wall-clock time in `zone`
 * at the start of UTC quarter `index` of the week beginning at `weekStart`.
 */
export function describeUtcQuarter(index: number, weekStart: Date, zone: string): { weekday: string; time: string } {
  if (!Number.isInteger(index) || index < 0 || index >= QUARTERS_PER_WEEK) {
    throw new RangeError(`describeUtcQuarter: index must be an integer 0..${QUARTERS_PER_WEEK - 1}`);
  }
  const weekStartMs = assertWeekStart(weekStart, "describeUtcQuarter");
  const iana = zoneOrThrow(zone, "describeUtcQuarter");
  const local = DateTime.fromMillis(weekStartMs + index * QUARTER_MS, { zone: iana });
  const pad = (n: number) => String(n).padStart(2, "0");
  return { weekday: WEEKDAY_NAMES[local.weekday - 1]!, time: `${pad(local.hour)}:${pad(local.minute)}` };
}

/** Exposed for tests and benchmarks only. */
export const __testing = { clearSpanCache: (): void => spanCache.clear(), findOffsetSpans, PROBE_QUARTERS };
