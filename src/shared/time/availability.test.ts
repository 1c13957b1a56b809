import { DateTime, IANAZone } from "luxon";
import { describe, expect, it } from "vitest";
import {
  __testing,
  describeUtcQuarter,
  isValidLocalSlots,
  LOCAL_SLOTS,
  overlapQuarters,
  QUARTERS_PER_WEEK,
  SLOTS_PER_DAY,
  utcWeekBits,
  weekStartUtc,
} from "./availability";

// ---------------------------------------------------------------------------
// Helpers (deliberately independent of the code under test)

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
const QUARTER_MS = 900_000;
const MON = 0;
const TUE = 1;
const WED = 2;
const THU = 3;
const FRI = 4;
const SAT = 5;
const SUN = 6;
const EVERY_DAY = [MON, TUE, WED, THU, FRI, SAT, SUN];

/** Monday 00:00 UTC on the given date (asserting that it is a Monday). */
function monday(isoDate: string): Date {
  const date = new Date(`${isoDate}T00:00:00.000Z`);
  if (date.getUTCDay() !== 1) throw new Error(`${isoDate} is not a Monday`);
  return date;
}

/** Local slots on each of `days` from "HH:mm" to "HH:mm" (exclusive). */
function local(days: readonly number[], from: string, to: string): number[] {
  const half = (t: string) => Number(t.slice(0, 2)) * 2 + Number(t.slice(3)) / 30;
  const out: number[] = [];
  for (const d of days) for (let h = half(from); h < half(to); h++) out.push(d * 48 + h);
  return out;
}

/** UTC quarter indices on `utcDay` from "HH:mm" to "HH:mm" (exclusive). */
function quarters(utcDay: number, from: string, to: string): number[] {
  const q = (t: string) => Number(t.slice(0, 2)) * 4 + Number(t.slice(3)) / 15;
  const out: number[] = [];
  for (let i = q(from); i < q(to); i++) out.push(utcDay * 96 + i);
  return out;
}

/** The local slot starting at "HH:mm" (on the half hour) on `day`. */
function slotOf(day: number, time: string): number {
  return day * 48 + Number(time.slice(0, 2)) * 2 + Number(time.slice(3)) / 30;
}

function setIndices(bits: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < bits.length; i++) if (bits[i] === "1") out.push(i);
  return out;
}

/** Keeps only one UTC day of a bit string. */
function onlyDay(bits: string, utcDay: number): string {
  return "0".repeat(utcDay * 96) + bits.slice(utcDay * 96, utcDay * 96 + 96) + "0".repeat((6 - utcDay) * 96);
}

function overlapByDay(a: string, b: string): number[] {
  return EVERY_DAY.map((d) => overlapQuarters(onlyDay(a, d), onlyDay(b, d)));
}

/** Brute-force reference: a luxon DateTime per quarter, straight from the definition. */
function localSlotOfQuarters(zone: string, weekStart: Date): number[] {
  const out: number[] = [];
  for (let q = 0; q < 672; q++) {
    const dt = DateTime.fromMillis(weekStart.getTime() + q * QUARTER_MS, { zone });
    out.push((dt.weekday - 1) * 48 + Math.floor((dt.hour * 60 + dt.minute) / 30));
  }
  return out;
}

function referenceBits(slotOfQuarter: readonly number[], localSlots: readonly number[]): string {
  const selected = new Set(localSlots);
  return slotOfQuarter.map((slot) => (selected.has(slot) ? "1" : "0")).join("");
}

function hasTransition(zone: string, weekStart: Date): boolean {
  const z = IANAZone.create(zone);
  const first = z.offset(weekStart.getTime());
  for (let q = 1; q < 672; q++) if (z.offset(weekStart.getTime() + q * QUARTER_MS) !== first) return true;
  return false;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random grid: a mix of random single slots and random blocks. */
function randomGrid(rand: () => number): number[] {
  const set = new Set<number>();
  const singles = Math.floor(rand() * 20);
  for (let i = 0; i < singles; i++) set.add(Math.floor(rand() * 336));
  const blocks = Math.floor(rand() * 6);
  for (let i = 0; i < blocks; i++) {
    const start = Math.floor(rand() * 336);
    const length = 1 + Math.floor(rand() * 12);
    for (let s = start; s < Math.min(336, start + length); s++) set.add(s);
  }
  return [...set];
}

const WEEKS_OF_2026 = Array.from({ length: 53 }, (_, k) => new Date(Date.UTC(2025, 11, 29) + k * WEEK_MS));

const DIVERSE_ZONES = [
  "UTC",
  "Europe/London",
  "Europe/Berlin",
  "Europe/Moscow",
  "Antarctica/Troll", // two-hour DST
  "Africa/Casablanca", // goes back an hour for Ramadan
  "Africa/Cairo",
  "Africa/Nairobi",
  "Asia/Gaza",
  "Asia/Tehran",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Asia/Tokyo",
  "Australia/Eucla",
  "Australia/Sydney",
  "Australia/Lord_Howe", // 30-minute DST
  "Pacific/Chatham", // +12:45 / +13:45
  "Pacific/Auckland",
  "Pacific/Kiritimati",
  "Pacific/Pago_Pago",
  "Pacific/Marquesas", // −09:30
  "America/St_Johns",
  "America/Havana", // changes at local midnight
  "America/New_York",
  "America/Los_Angeles",
  "America/Santiago",
  "America/Asuncion",
];

// ---------------------------------------------------------------------------

describe("constants", () => {
  it("describe a week of half hours locally and quarters in UTC", () => {
    expect(SLOTS_PER_DAY).toBe(48);
    expect(LOCAL_SLOTS).toBe(7 * SLOTS_PER_DAY);
    expect(QUARTERS_PER_WEEK).toBe(2 * LOCAL_SLOTS);
  });
});

describe("weekStartUtc", () => {
  it("returns Monday 00:00 UTC itself", () => {
    const start = new Date("2026-03-09T00:00:00.000Z");
    expect(weekStartUtc(start).toISOString()).toBe("2026-03-09T00:00:00.000Z");
  });

  it("rounds a Monday a millisecond after midnight down to that midnight", () => {
    expect(weekStartUtc(new Date("2026-03-09T00:00:00.001Z")).toISOString()).toBe("2026-03-09T00:00:00.000Z");
  });

  it("maps Sunday 23:59:59.999 UTC to the Monday six days earlier", () => {
    expect(weekStartUtc(new Date("2026-03-15T23:59:59.999Z")).toISOString()).toBe("2026-03-09T00:00:00.000Z");
    expect(weekStartUtc(new Date("2026-03-15T23:59:00.000Z")).toISOString()).toBe("2026-03-09T00:00:00.000Z");
  });

  it("uses the UTC weekday, not a local one", () => {
    // Monday 03:00 UTC is still Sunday evening in New York.
    expect(weekStartUtc(new Date("2026-03-09T03:00:00Z")).toISOString()).toBe("2026-03-09T00:00:00.000Z");
    // Sunday 20:00 UTC is already Monday in Auckland.
    expect(weekStartUtc(new Date("2026-03-08T20:00:00Z")).toISOString()).toBe("2026-03-02T00:00:00.000Z");
  });

  it.each([
    ["2026-01-01T12:00:00Z", "2025-12-29T00:00:00.000Z"], // Thursday
    ["2025-12-31T23:59:59.999Z", "2025-12-29T00:00:00.000Z"],
    ["2027-01-01T00:00:00Z", "2026-12-28T00:00:00.000Z"], // Friday
    ["2027-01-03T23:59:59Z", "2026-12-28T00:00:00.000Z"], // Sunday
    ["2024-12-31T10:00:00Z", "2024-12-30T00:00:00.000Z"], // Tuesday
    ["2024-02-29T10:00:00Z", "2024-02-26T00:00:00.000Z"], // leap day
    ["1970-01-01T00:00:00Z", "1969-12-29T00:00:00.000Z"], // the epoch, a Thursday
    ["1969-12-28T23:00:00Z", "1969-12-22T00:00:00.000Z"], // before the epoch
  ])("maps %s to %s", (instant, expected) => {
    expect(weekStartUtc(new Date(instant)).toISOString()).toBe(expected);
  });

  it("returns a Monday midnight within the preceding week for every hour of 2026", () => {
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 3_600_000 + 37_000) {
      const start = weekStartUtc(new Date(t));
      expect(start.getUTCDay()).toBe(1);
      expect(start.getTime() % DAY_MS).toBe(0);
      expect(start.getTime()).toBeLessThanOrEqual(t);
      expect(t - start.getTime()).toBeLessThan(WEEK_MS);
    }
  });

  it("rejects an invalid date", () => {
    expect(() => weekStartUtc(new Date("not a date"))).toThrow(RangeError);
  });
});

describe("utcWeekBits: shape and validation", () => {
  const week = monday("2026-01-12");

  it("returns 672 characters of 0/1", () => {
    const bits = utcWeekBits(local([MON], "18:00", "19:00"), "Europe/Paris", week);
    expect(bits).toHaveLength(672);
    expect(bits).toMatch(/^[01]{672}$/);
  });

  it("returns all zeros for an empty grid", () => {
    expect(utcWeekBits([], "America/New_York", week)).toBe("0".repeat(672));
  });

  it("returns all ones for a full grid in a week without a transition", () => {
    const all = Array.from({ length: 336 }, (_, i) => i);
    expect(utcWeekBits(all, "Asia/Kathmandu", week)).toBe("1".repeat(672));
  });

  it("maps every UTC slot to its own two quarters", () => {
    for (let slot = 0; slot < 336; slot++) {
      expect(setIndices(utcWeekBits([slot], "UTC", week))).toEqual([2 * slot, 2 * slot + 1]);
    }
  });

  it("ignores duplicate slots", () => {
    expect(utcWeekBits([36, 36, 37], "Europe/London", week)).toBe(utcWeekBits([36, 37], "Europe/London", week));
  });

  it("accepts zone aliases", () => {
    const grid = local(EVERY_DAY, "19:00", "20:30");
    expect(utcWeekBits(grid, "Asia/Calcutta", week)).toBe(utcWeekBits(grid, "Asia/Kolkata", week));
  });

  it.each([
    ["a Tuesday", "2026-01-13T00:00:00Z"],
    ["a Sunday", "2026-01-11T00:00:00Z"],
    ["Monday 00:15", "2026-01-12T00:15:00Z"],
    ["Monday 00:00:00.001", "2026-01-12T00:00:00.001Z"],
    ["Monday midnight in New York rather than UTC", "2026-01-12T05:00:00Z"],
    ["an invalid date", "nonsense"],
  ])("rejects a weekStart that is %s", (_label, iso) => {
    expect(() => utcWeekBits([36], "UTC", new Date(iso))).toThrow(RangeError);
  });

  it.each(["Mars/Olympus_Mons", "", "Europe/Londn", "GMT+25"])("rejects the zone %j", (zone) => {
    expect(() => utcWeekBits([36], zone, week)).toThrow(RangeError);
  });

  it.each([[[336]], [[-1]], [[1.5]], [[Number.NaN]]])("rejects invalid slots %j", (slots) => {
    expect(() => utcWeekBits(slots, "UTC", week)).toThrow(RangeError);
  });
});

describe("utcWeekBits: fixed and half/quarter-hour offsets", () => {
  it("Europe/London Mon 18:00–19:00 is 18:00–19:00 UTC in January", () => {
    expect(setIndices(utcWeekBits(local([MON], "18:00", "19:00"), "Europe/London", monday("2026-01-12")))).toEqual(
      quarters(MON, "18:00", "19:00"),
    );
  });

  it("Europe/London Mon 18:00–19:00 is 17:00–18:00 UTC in July (BST)", () => {
    expect(setIndices(utcWeekBits(local([MON], "18:00", "19:00"), "Europe/London", monday("2026-07-13")))).toEqual(
      quarters(MON, "17:00", "18:00"),
    );
  });

  it("Asia/Kathmandu (+05:45) local Mon 19:00–19:30 is 13:15–13:45 UTC: indices 53 and 54", () => {
    expect(setIndices(utcWeekBits([slotOf(MON, "19:00")], "Asia/Kathmandu", monday("2026-01-12")))).toEqual([53, 54]);
  });

  it("Asia/Kolkata (+05:30) local Mon 19:00–19:30 is 13:30–14:00 UTC", () => {
    expect(setIndices(utcWeekBits([slotOf(MON, "19:00")], "Asia/Kolkata", monday("2026-01-12")))).toEqual([54, 55]);
  });

  it("Asia/Kolkata: a 1-hour slot in the early morning lands on the previous UTC day", () => {
    // Tue 02:00–03:00 IST = Mon 20:30–21:30 UTC.
    expect(setIndices(utcWeekBits(local([TUE], "02:00", "03:00"), "Asia/Kolkata", monday("2026-07-13")))).toEqual(
      quarters(MON, "20:30", "21:30"),
    );
  });

  it("Australia/Eucla (+08:45) Mon 19:00–20:00 is 10:15–11:15 UTC", () => {
    expect(setIndices(utcWeekBits(local([MON], "19:00", "20:00"), "Australia/Eucla", monday("2026-01-12")))).toEqual(
      quarters(MON, "10:15", "11:15"),
    );
  });

  it("Australia/Eucla Mon 08:00 lands on UTC Sunday 23:15, at the end of the string", () => {
    expect(setIndices(utcWeekBits([slotOf(MON, "08:00")], "Australia/Eucla", monday("2026-01-12")))).toEqual([669, 670]);
  });

  it("America/St_Johns is −03:30 in winter: Mon 19:00–20:00 is 22:30–23:30 UTC", () => {
    expect(setIndices(utcWeekBits(local([MON], "19:00", "20:00"), "America/St_Johns", monday("2026-01-12")))).toEqual(
      quarters(MON, "22:30", "23:30"),
    );
  });

  it("America/St_Johns is −02:30 in summer: Mon 19:00–20:00 is 21:30–22:30 UTC", () => {
    expect(setIndices(utcWeekBits(local([MON], "19:00", "20:00"), "America/St_Johns", monday("2026-07-13")))).toEqual(
      quarters(MON, "21:30", "22:30"),
    );
  });

  it("America/St_Johns Mon 21:00 (−03:30) is Tue 00:30 UTC", () => {
    expect(setIndices(utcWeekBits([slotOf(MON, "21:00")], "America/St_Johns", monday("2026-01-12")))).toEqual([98, 99]);
  });

  it("America/St_Johns in its March change week: 19:00 shifts by an hour from Sunday on", () => {
    // Newfoundland springs forward at 02:00 local on Sunday 2026-03-08.
    const bits = utcWeekBits(local(EVERY_DAY, "19:00", "19:30"), "America/St_Johns", monday("2026-03-02"));
    expect(setIndices(bits)).toEqual([
      ...[MON, TUE, WED, THU, FRI, SAT].flatMap((d) => quarters(d, "22:30", "23:00")),
      ...quarters(SUN, "21:30", "22:00"),
    ]);
  });

  it.each(["Asia/Tokyo", "Africa/Nairobi", "Asia/Kolkata", "Asia/Kathmandu"])(
    "%s (no DST) gives the same string every week of 2026",
    (zone) => {
      const grid = [...local([MON, WED, FRI], "07:00", "08:30"), ...local([SUN], "22:00", "24:00"), ...local([SAT], "00:00", "01:00")];
      const first = utcWeekBits(grid, zone, WEEKS_OF_2026[0]!);
      expect(setIndices(first)).toHaveLength(2 * grid.length);
      for (const week of WEEKS_OF_2026) expect(utcWeekBits(grid, zone, week)).toBe(first);
    },
  );

  it("Asia/Tokyo (+09:00) shifts everything nine hours earlier, wrapping Monday morning to Sunday", () => {
    const bits = utcWeekBits([...local([MON], "07:00", "08:00"), ...local([WED], "12:00", "12:30")], "Asia/Tokyo", monday("2026-05-04"));
    expect(setIndices(bits)).toEqual([...quarters(WED, "03:00", "03:30"), ...quarters(SUN, "22:00", "23:00")]);
  });

  it("Africa/Nairobi (+03:00) Fri 18:00–21:00 is 15:00–18:00 UTC", () => {
    expect(setIndices(utcWeekBits(local([FRI], "18:00", "21:00"), "Africa/Nairobi", monday("2026-10-26")))).toEqual(
      quarters(FRI, "15:00", "18:00"),
    );
  });
});


describe("utcWeekBits: northern hemisphere DST", () => {
  const ny = "America/New_York";

  it("New York springs forward on Sunday 2026-03-08: 09:00 daily is 14:00 UTC Mon–Sat, 13:00 UTC Sunday", () => {
    const bits = utcWeekBits(local(EVERY_DAY, "09:00", "09:30"), ny, monday("2026-03-02"));
    expect(setIndices(bits)).toEqual([...[MON, TUE, WED, THU, FRI, SAT].flatMap((d) => quarters(d, "14:00", "14:30")), ...quarters(SUN, "13:00", "13:30")]);
  });

  it("London does not change that week: 09:00 daily is 09:00 UTC every day", () => {
    const bits = utcWeekBits(local(EVERY_DAY, "09:00", "09:30"), "Europe/London", monday("2026-03-02"));
    expect(setIndices(bits)).toEqual(EVERY_DAY.flatMap((d) => quarters(d, "09:00", "09:30")));
  });

  describe("overlap between a New York and a London partner around both spring and autumn changes", () => {
    // New York 09:00–10:00 local daily: 14:00–15:00 UTC (EST) or 13:00–14:00 UTC (EDT).
    // London 13:30–15:00 local daily: 13:30–15:00 UTC (GMT) or 12:30–14:00 UTC (BST).
    // EST×GMT = 4 quarters, EDT×GMT = 2, EDT×BST = 4.
    const nyGrid = local(EVERY_DAY, "09:00", "10:00");
    const londonGrid = local(EVERY_DAY, "13:30", "15:00");

    it.each([
      ["2026-02-23", [4, 4, 4, 4, 4, 4, 4]], // both on standard time
      ["2026-03-02", [4, 4, 4, 4, 4, 4, 2]], // New York changes Sunday 2026-03-08
      ["2026-03-09", [2, 2, 2, 2, 2, 2, 2]], // the gap between the two changes
      ["2026-03-16", [2, 2, 2, 2, 2, 2, 2]],
      ["2026-03-23", [2, 2, 2, 2, 2, 2, 4]], // London changes Sunday 2026-03-29 01:00 UTC
      ["2026-03-30", [4, 4, 4, 4, 4, 4, 4]], // both on summer time
      ["2026-10-19", [4, 4, 4, 4, 4, 4, 2]], // London falls back Sunday 2026-10-25
      ["2026-10-26", [2, 2, 2, 2, 2, 2, 4]], // New York falls back Sunday 2026-11-01
      ["2026-11-02", [4, 4, 4, 4, 4, 4, 4]],
    ])("week of %s overlaps by %j quarters per UTC day", (weekIso, perDay) => {
      const week = monday(weekIso);
      const a = utcWeekBits(nyGrid, ny, week);
      const b = utcWeekBits(londonGrid, "Europe/London", week);
      expect(overlapByDay(a, b)).toEqual(perDay);
      expect(overlapQuarters(a, b)).toBe(perDay.reduce((x, y) => x + y, 0));
      expect(overlapQuarters(b, a)).toBe(overlapQuarters(a, b));
    });
  });

  it("the spring-forward gap: New York Sunday 02:00–02:30 on 2026-03-08 sets nothing", () => {
    expect(utcWeekBits(local([SUN], "02:00", "02:30"), ny, monday("2026-03-02"))).toBe("0".repeat(672));
    expect(utcWeekBits(local([SUN], "02:00", "03:00"), ny, monday("2026-03-02"))).toBe("0".repeat(672));
  });

  it("the same gap slot maps normally in the neighbouring weeks", () => {
    expect(setIndices(utcWeekBits(local([SUN], "02:00", "02:30"), ny, monday("2026-02-23")))).toEqual(quarters(SUN, "07:00", "07:30"));
    expect(setIndices(utcWeekBits(local([SUN], "02:00", "02:30"), ny, monday("2026-03-09")))).toEqual(quarters(SUN, "06:00", "06:30"));
  });

  it("the slots either side of the gap land back to back in UTC", () => {
    // 01:30 EST = 06:30 UTC; 03:00 EDT = 07:00 UTC.
    const bits = utcWeekBits(local([SUN], "01:30", "03:30"), ny, monday("2026-03-02"));
    expect(setIndices(bits)).toEqual(quarters(SUN, "06:30", "07:30"));
  });

  it("the fall-back repeat: New York Sunday 01:00–01:30 on 2026-11-01 sets both UTC occurrences", () => {
    // 01:00 EDT = 05:00 UTC, then 01:00 EST = 06:00 UTC.
    const bits = utcWeekBits(local([SUN], "01:00", "01:30"), ny, monday("2026-10-26"));
    expect(setIndices(bits)).toEqual([596, 597, 600, 601]);
    expect(setIndices(bits)).toEqual([...quarters(SUN, "05:00", "05:30"), ...quarters(SUN, "06:00", "06:30")]);
  });

  it("the whole repeated hour is four UTC half hours, contiguous from 05:00 to 07:00 UTC", () => {
    expect(setIndices(utcWeekBits(local([SUN], "01:00", "02:00"), ny, monday("2026-10-26")))).toEqual(quarters(SUN, "05:00", "07:00"));
  });

  it("a full grid in New York's fall-back week sets every quarter; in its spring week all but the skipped hour", () => {
    const all = Array.from({ length: 336 }, (_, i) => i);
    expect(utcWeekBits(all, ny, monday("2026-10-26"))).toBe("1".repeat(672));
    // Every instant has a local time, so all quarters are set even in the spring week.
    expect(utcWeekBits(all, ny, monday("2026-03-02"))).toBe("1".repeat(672));
  });

  it("a whole local Sunday in New York's spring week is 23 hours, split across two UTC weeks", () => {
    const grid = local([SUN], "00:00", "24:00");
    // Sunday 2026-03-01 (EST) ran to Monday 05:00 UTC; Sunday 2026-03-08 starts 05:00 UTC (EST) and ends 04:00 UTC Monday (EDT).
    const bits = utcWeekBits(grid, ny, monday("2026-03-02"));
    expect(setIndices(bits)).toEqual([...quarters(MON, "00:00", "05:00"), ...quarters(SUN, "05:00", "24:00")]);
    const next = utcWeekBits(grid, ny, monday("2026-03-09"));
    // Local Sunday 2026-03-08 ended at 04:00 UTC Monday 2026-03-09; Sunday 2026-03-15 starts 04:00 UTC.
    expect(setIndices(next)).toEqual([...quarters(MON, "00:00", "04:00"), ...quarters(SUN, "04:00", "24:00")]);
  });

  it("Antarctica/Troll's two-hour spring change skips 01:00–03:00 local on 2026-03-29", () => {
    expect(utcWeekBits(local([SUN], "01:00", "03:00"), "Antarctica/Troll", monday("2026-03-23"))).toBe("0".repeat(672));
    expect(setIndices(utcWeekBits(local([SUN], "00:30", "03:30"), "Antarctica/Troll", monday("2026-03-23")))).toEqual(
      quarters(SUN, "00:30", "01:30"),
    );
  });
});

describe("utcWeekBits: southern hemisphere DST", () => {
  const daily0900 = local(EVERY_DAY, "09:00", "09:30");

  it("Australia/Sydney ends DST Sunday 2026-04-05: 09:00 is 22:00 UTC the day before, then 23:00", () => {
    // UTC Mon–Fri 22:00 are local Tue–Sat 09:00 AEDT; UTC Sat/Sun 23:00 are local Sun/Mon 09:00 AEST.
    const bits = utcWeekBits(daily0900, "Australia/Sydney", monday("2026-03-30"));
    expect(setIndices(bits)).toEqual([
      ...[MON, TUE, WED, THU, FRI].flatMap((d) => quarters(d, "22:00", "22:30")),
      ...[SAT, SUN].flatMap((d) => quarters(d, "23:00", "23:30")),
    ]);
  });

  it("Australia/Sydney starts DST Sunday 2026-10-04: 09:00 is 23:00 UTC the day before, then 22:00", () => {
    const bits = utcWeekBits(daily0900, "Australia/Sydney", monday("2026-09-28"));
    expect(setIndices(bits)).toEqual([
      ...[MON, TUE, WED, THU, FRI].flatMap((d) => quarters(d, "23:00", "23:30")),
      ...[SAT, SUN].flatMap((d) => quarters(d, "22:00", "22:30")),
    ]);
  });

  it("Australia/Sydney's skipped 02:00 on 2026-10-04 maps to nothing; the week before it is Sat 16:00 UTC", () => {
    const grid = local([SUN], "02:00", "03:00");
    expect(utcWeekBits(grid, "Australia/Sydney", monday("2026-09-28"))).toBe("0".repeat(672));
    expect(setIndices(utcWeekBits(grid, "Australia/Sydney", monday("2026-09-21")))).toEqual(quarters(SAT, "16:00", "17:00"));
  });

  it("Australia/Sydney's repeated 02:00 on 2026-04-05 maps to both Sat 15:00 and 16:00 UTC", () => {
    const bits = utcWeekBits(local([SUN], "02:00", "02:30"), "Australia/Sydney", monday("2026-03-30"));
    expect(setIndices(bits)).toEqual([...quarters(SAT, "15:00", "15:30"), ...quarters(SAT, "16:00", "16:30")]);
  });

  it("Australia/Lord_Howe's 30-minute spring change skips only 02:00–02:30 local", () => {
    const week = monday("2026-09-28");
    expect(utcWeekBits(local([SUN], "02:00", "02:30"), "Australia/Lord_Howe", week)).toBe("0".repeat(672));
    // 01:30 at +10:30 is Sat 15:00 UTC; 02:30 at +11 is Sat 15:30 UTC.
    expect(setIndices(utcWeekBits(local([SUN], "01:30", "03:00"), "Australia/Lord_Howe", week))).toEqual(quarters(SAT, "15:00", "16:00"));
  });

  it("America/Santiago ends DST on 2026-04-05 (03:00 UTC): 09:00 is 12:00 UTC Mon–Sat, 13:00 UTC Sunday", () => {
    const bits = utcWeekBits(daily0900, "America/Santiago", monday("2026-03-30"));
    expect(setIndices(bits)).toEqual([
      ...[MON, TUE, WED, THU, FRI, SAT].flatMap((d) => quarters(d, "12:00", "12:30")),
      ...quarters(SUN, "13:00", "13:30"),
    ]);
  });

  it("America/Santiago repeats Saturday 23:00–24:00 local on 2026-04-04", () => {
    // 23:00 at −03 is Sun 02:00 UTC; 23:00 at −04 is Sun 03:00 UTC.
    const bits = utcWeekBits(local([SAT], "23:00", "23:30"), "America/Santiago", monday("2026-03-30"));
    expect(setIndices(bits)).toEqual([...quarters(SUN, "02:00", "02:30"), ...quarters(SUN, "03:00", "03:30")]);
  });

  it("America/Santiago starts DST on 2026-09-06 (September, not October): local Sunday 00:00–01:00 does not exist", () => {
    const grid = local([SUN], "00:00", "01:00");
    expect(utcWeekBits(grid, "America/Santiago", monday("2026-08-31"))).toBe("0".repeat(672));
    // A normal winter Sunday (−04): 00:00 local is 04:00 UTC.
    expect(setIndices(utcWeekBits(grid, "America/Santiago", monday("2026-08-24")))).toEqual(quarters(SUN, "04:00", "05:00"));
    const bits = utcWeekBits(daily0900, "America/Santiago", monday("2026-08-31"));
    expect(setIndices(bits)).toEqual([
      ...[MON, TUE, WED, THU, FRI, SAT].flatMap((d) => quarters(d, "13:00", "13:30")),
      ...quarters(SUN, "12:00", "12:30"),
    ]);
  });

  it("America/Santiago has no change in October 2026", () => {
    const grid = local(EVERY_DAY, "09:00", "10:00");
    const october = ["2026-09-28", "2026-10-05", "2026-10-12", "2026-10-19", "2026-10-26"].map((d) => utcWeekBits(grid, "America/Santiago", monday(d)));
    for (const bits of october) expect(bits).toBe(october[0]);
    expect(setIndices(october[0]!)).toEqual(EVERY_DAY.flatMap((d) => quarters(d, "12:00", "13:00")));
  });

  it("Pacific/Auckland ends DST on 2026-04-05: 09:00 is 20:00 UTC the day before, then 21:00", () => {
    const bits = utcWeekBits(daily0900, "Pacific/Auckland", monday("2026-03-30"));
    expect(setIndices(bits)).toEqual([
      ...[MON, TUE, WED, THU, FRI].flatMap((d) => quarters(d, "20:00", "20:30")),
      ...[SAT, SUN].flatMap((d) => quarters(d, "21:00", "21:30")),
    ]);
  });

  it("Pacific/Auckland starts DST on 2026-09-27: 09:00 is 21:00 UTC the day before, then 20:00", () => {
    const bits = utcWeekBits(daily0900, "Pacific/Auckland", monday("2026-09-21"));
    expect(setIndices(bits)).toEqual([
      ...[MON, TUE, WED, THU, FRI].flatMap((d) => quarters(d, "21:00", "21:30")),
      ...[SAT, SUN].flatMap((d) => quarters(d, "20:00", "20:30")),
    ]);
  });

  it("a Sydney–London pair's overlap changes as each changes clocks", () => {
    // Sydney 18:00–20:00 daily; London 07:00–09:00 daily.
    // Summer/winter: AEDT 18:00 = 07:00 UTC, GMT 07:00 = 07:00 UTC → full overlap (8 quarters/day).
    const sydney = local(EVERY_DAY, "18:00", "20:00");
    const london = local(EVERY_DAY, "07:00", "09:00");
    const perDay = (iso: string) =>
      overlapByDay(utcWeekBits(sydney, "Australia/Sydney", monday(iso)), utcWeekBits(london, "Europe/London", monday(iso)));
    expect(perDay("2026-02-02")).toEqual([8, 8, 8, 8, 8, 8, 8]);
    // London springs forward Sunday 2026-03-29 01:00 UTC: Sunday London 07:00 BST = 06:00 UTC → 4 quarters.
    expect(perDay("2026-03-23")).toEqual([8, 8, 8, 8, 8, 8, 4]);
    // Sydney falls back Sat 2026-04-04 16:00 UTC, after Saturday's 18:00 local: AEDT 07:00–09:00 UTC vs
    // BST 06:00–08:00 UTC = 4 quarters Mon–Sat, then Sunday 18:00 AEST is 08:00–10:00 UTC = 0.
    expect(perDay("2026-03-30")).toEqual([4, 4, 4, 4, 4, 4, 0]);
  });
});

describe("utcWeekBits: week boundaries across UTC midnight", () => {
  it("Pacific/Kiritimati (+14) Monday 08:00 local is UTC Sunday 18:00, at the end of the string", () => {
    // This week's own Monday 08:00 local happened in the previous UTC week; the
    // following local Monday's lands at the end of this one.
    expect(setIndices(utcWeekBits([slotOf(MON, "08:00")], "Pacific/Kiritimati", monday("2026-01-12")))).toEqual([648, 649]);
  });

  it("Pacific/Kiritimati's whole local Monday spans the start and end of the UTC week", () => {
    const bits = utcWeekBits(local([MON], "00:00", "24:00"), "Pacific/Kiritimati", monday("2026-01-12"));
    expect(setIndices(bits)).toEqual([...quarters(MON, "00:00", "10:00"), ...quarters(SUN, "10:00", "24:00")]);
  });

  it("America/Los_Angeles Sunday 20:00 local (PST) is UTC Monday 04:00, at the start of the string", () => {
    expect(setIndices(utcWeekBits([slotOf(SUN, "20:00")], "America/Los_Angeles", monday("2026-01-12")))).toEqual([16, 17]);
  });

  it("America/Los_Angeles Sunday 20:00 local (PDT) is UTC Monday 03:00", () => {
    expect(setIndices(utcWeekBits([slotOf(SUN, "20:00")], "America/Los_Angeles", monday("2026-07-13")))).toEqual([12, 13]);
  });

  it("Pacific/Pago_Pago (−11) Sunday 14:00 local is UTC Monday 01:00; Monday 12:00 is UTC Monday 23:00", () => {
    const bits = utcWeekBits([slotOf(SUN, "14:00"), slotOf(MON, "12:00")], "Pacific/Pago_Pago", monday("2026-06-01"));
    expect(setIndices(bits)).toEqual([4, 5, 92, 93]);
  });

  it("Kiritimati and Pago_Pago, 25 hours apart, overlap when the same UTC hour is a different weekday for each", () => {
    // Kiritimati Tue 10:00 local = Mon 20:00 UTC = Pago_Pago Mon 09:00 local.
    const a = utcWeekBits([slotOf(TUE, "10:00")], "Pacific/Kiritimati", monday("2026-06-01"));
    const b = utcWeekBits([slotOf(MON, "09:00")], "Pacific/Pago_Pago", monday("2026-06-01"));
    expect(overlapQuarters(a, b)).toBe(2);
    expect(setIndices(a)).toEqual(quarters(MON, "20:00", "20:30"));
  });

  it("a New York Sunday-night slot in the spring week lands in the next UTC week at the new offset", () => {
    // Sunday 2026-03-08 22:00 EDT = Monday 2026-03-09 02:00 UTC.
    expect(setIndices(utcWeekBits([slotOf(SUN, "22:00")], "America/New_York", monday("2026-03-09")))).toEqual(quarters(MON, "02:00", "02:30"));
    // Sunday 2026-03-01 22:00 EST = Monday 2026-03-02 03:00 UTC.
    expect(setIndices(utcWeekBits([slotOf(SUN, "22:00")], "America/New_York", monday("2026-03-02")))).toEqual(quarters(MON, "03:00", "03:30"));
  });
});

describe("utcWeekBits: properties", () => {
  it("sets 2 quarters per selected slot in weeks without a transition (300 random grid × zone × week cases)", () => {
    const rand = mulberry32(0x7a4de3);
    let withoutTransition = 0;
    for (let i = 0; i < 300; i++) {
      const zone = DIVERSE_ZONES[Math.floor(rand() * DIVERSE_ZONES.length)]!;
      const week = new Date(Date.UTC(2019, 11, 30) + Math.floor(rand() * 600) * WEEK_MS); // 2020 … 2031
      const grid = randomGrid(rand);
      const bits = utcWeekBits(grid, zone, week);
      expect(bits).toMatch(/^[01]{672}$/);
      if (!hasTransition(zone, week)) {
        withoutTransition++;
        expect(setIndices(bits), `${zone} ${week.toISOString()}`).toHaveLength(2 * grid.length);
      }
    }
    expect(withoutTransition).toBeGreaterThan(250);
  });

  it("agrees with a brute-force per-quarter reference for random grids × zones × weeks 2020–2031", () => {
    const rand = mulberry32(0xbadc0de);
    for (let i = 0; i < 60; i++) {
      const zone = DIVERSE_ZONES[Math.floor(rand() * DIVERSE_ZONES.length)]!;
      const week = new Date(Date.UTC(2019, 11, 30) + Math.floor(rand() * 600) * WEEK_MS);
      const grid = randomGrid(rand);
      expect(utcWeekBits(grid, zone, week), `${zone} ${week.toISOString()}`).toBe(referenceBits(localSlotOfQuarters(zone, week), grid));
    }
  });

  describe("agrees exactly with a brute-force per-quarter reference for every week of 2026", () => {
    const rand = mulberry32(20260101);
    const grids = [
      Array.from({ length: 336 }, (_, i) => i), // everything
      local(EVERY_DAY, "00:00", "04:00"), // the hours DST changes usually touch
      ...Array.from({ length: 3 }, () => randomGrid(rand)),
      Array.from({ length: 168 }, (_, i) => 2 * i), // alternate half hours
    ];

    it.each(DIVERSE_ZONES)("%s", (zone) => {
      __testing.clearSpanCache();
      let transitionWeeks = 0;
      for (const week of WEEKS_OF_2026) {
        const slotOfQuarter = localSlotOfQuarters(zone, week);
        if (hasTransition(zone, week)) transitionWeeks++;
        for (const grid of grids) {
          expect(utcWeekBits(grid, zone, week), `${zone} week of ${week.toISOString().slice(0, 10)}`).toBe(referenceBits(slotOfQuarter, grid));
        }
      }
      // Sanity check that the DST zones really exercise the transition path.
      if (["America/New_York", "Europe/London", "Australia/Lord_Howe", "Africa/Casablanca", "Pacific/Chatham"].includes(zone)) {
        expect(transitionWeeks).toBeGreaterThanOrEqual(2);
      }
      if (["UTC", "Asia/Tokyo", "Africa/Nairobi", "Asia/Kathmandu"].includes(zone)) expect(transitionWeeks).toBe(0);
    });
  });

  it("gives the same answer from a cold and a warm offset cache", () => {
    const grid = local(EVERY_DAY, "00:00", "03:30");
    for (const week of [monday("2026-03-02"), monday("2026-03-23"), monday("2026-10-26")]) {
      for (const zone of ["America/New_York", "Europe/London", "Australia/Lord_Howe"]) {
        __testing.clearSpanCache();
        const cold = utcWeekBits(grid, zone, week);
        expect(utcWeekBits(grid, zone, week)).toBe(cold);
      }
    }
  });

  it("every set quarter describes back to a selected local slot", () => {
    const rand = mulberry32(42);
    const names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    for (const zone of ["America/New_York", "Asia/Kathmandu", "Pacific/Chatham", "Australia/Lord_Howe"]) {
      for (const week of [monday("2026-03-02"), monday("2026-04-06"), monday("2026-09-21"), monday("2026-10-26")]) {
        const grid = randomGrid(rand);
        const selected = new Set(grid);
        const bits = utcWeekBits(grid, zone, week);
        for (let q = 0; q < 672; q++) {
          const { weekday, time } = describeUtcQuarter(q, week, zone);
          const slot = names.indexOf(weekday) * 48 + Number(time.slice(0, 2)) * 2 + Math.floor(Number(time.slice(3)) / 30);
          expect(bits[q] === "1", `${zone} ${week.toISOString()} q${q} ${weekday} ${time}`).toBe(selected.has(slot));
        }
      }
    }
  });
});

describe("offset span search (synthetic offsets)", () => {
  const { findOffsetSpans, PROBE_QUARTERS } = __testing;
  /** An offset function with the given changes: [[firstQuarter, offset], …] after `initial`. */
  const stepped = (initial: number, changes: ReadonlyArray<readonly [number, number]>) => {
    let calls = 0;
    const offsetAt = (quarter: number) => {
      calls++;
      let offset = initial;
      for (const [at, value] of changes) if (quarter >= at) offset = value;
      return offset;
    };
    return { offsetAt, calls: () => calls };
  };

  it("probes a constant week only a handful of times", () => {
    const f = stepped(330, []);
    expect(findOffsetSpans(f.offsetAt)).toEqual({ starts: [0], offsets: [330] });
    expect(f.calls()).toBeLessThanOrEqual(Math.ceil(671 / PROBE_QUARTERS) + 1);
  });

  it("locates a single change at every possible quarter exactly", () => {
    for (let at = 1; at < 672; at++) {
      expect(findOffsetSpans(stepped(-300, [[at, -240]]).offsetAt)).toEqual({ starts: [0, at], offsets: [-300, -240] });
    }
  });

  it("finds a change and its reversal on different days, even when the week ends at the starting offset", () => {
    // Like Gaza's projected rules: forward, then back 167 hours later.
    expect(findOffsetSpans(stepped(120, [[3, 180], [671, 120]]).offsetAt)).toEqual({ starts: [0, 3, 671], offsets: [120, 180, 120] });
    expect(findOffsetSpans(stepped(120, [[97, 180], [97 + 96 + 5, 120]]).offsetAt)).toEqual({ starts: [0, 97, 198], offsets: [120, 180, 120] });
  });

  it("finds two changes in the same day when they do not cancel out", () => {
    expect(findOffsetSpans(stepped(0, [[100, 60], [130, 120]]).offsetAt)).toEqual({ starts: [0, 100, 130], offsets: [0, 60, 120] });
  });

  it("finds changes in consecutive quarters", () => {
    expect(findOffsetSpans(stepped(0, [[300, 30], [301, 90]]).offsetAt)).toEqual({ starts: [0, 300, 301], offsets: [0, 30, 90] });
  });
});

describe("overlapQuarters", () => {
  const zeros = "0".repeat(672);
  const ones = "1".repeat(672);
  const alternate = "01".repeat(336);

  it("counts positions set in both", () => {
    expect(overlapQuarters(ones, ones)).toBe(672);
    expect(overlapQuarters(ones, zeros)).toBe(0);
    expect(overlapQuarters(zeros, zeros)).toBe(0);
    expect(overlapQuarters(ones, alternate)).toBe(336);
    expect(overlapQuarters(alternate, "10".repeat(336))).toBe(0);
  });

  it("counts the first and last positions", () => {
    const ends = `1${"0".repeat(670)}1`;
    expect(overlapQuarters(ends, ones)).toBe(2);
    expect(overlapQuarters(ends, `1${"0".repeat(671)}`)).toBe(1);
  });

  it("is symmetric and matches a direct count on random strings", () => {
    const rand = mulberry32(7);
    for (let i = 0; i < 50; i++) {
      const a = Array.from({ length: 672 }, () => (rand() < 0.3 ? "1" : "0")).join("");
      const b = Array.from({ length: 672 }, () => (rand() < 0.5 ? "1" : "0")).join("");
      let expected = 0;
      for (let j = 0; j < 672; j++) if (a[j] === "1" && b[j] === "1") expected++;
      expect(overlapQuarters(a, b)).toBe(expected);
      expect(overlapQuarters(b, a)).toBe(expected);
    }
  });

  it.each([
    ["too short", "1".repeat(671)],
    ["too long", "1".repeat(673)],
    ["not binary", `2${"0".repeat(671)}`],
    ["empty", ""],
  ])("rejects a string that is %s", (_label, bad) => {
    expect(() => overlapQuarters(bad, ones)).toThrow(RangeError);
    expect(() => overlapQuarters(ones, bad)).toThrow(RangeError);
  });
});

describe("describeUtcQuarter", () => {
  it("gives Kathmandu's local time for a quarter-hour-offset quarter", () => {
    expect(describeUtcQuarter(53, monday("2026-01-12"), "Asia/Kathmandu")).toEqual({ weekday: "Monday", time: "19:00" });
    expect(describeUtcQuarter(54, monday("2026-01-12"), "Asia/Kathmandu")).toEqual({ weekday: "Monday", time: "19:15" });
  });

  it("gives the previous local day for a zone behind UTC", () => {
    expect(describeUtcQuarter(0, monday("2026-01-12"), "America/New_York")).toEqual({ weekday: "Sunday", time: "19:00" });
    expect(describeUtcQuarter(0, monday("2026-07-13"), "America/New_York")).toEqual({ weekday: "Sunday", time: "20:00" });
  });

  it("gives the next local day for a zone far ahead of UTC", () => {
    expect(describeUtcQuarter(648, monday("2026-01-12"), "Pacific/Kiritimati")).toEqual({ weekday: "Monday", time: "08:00" });
    expect(describeUtcQuarter(671, monday("2026-01-12"), "Pacific/Kiritimati")).toEqual({ weekday: "Monday", time: "13:45" });
  });

  it("shows the two occurrences of New York's repeated 01:00 on 2026-11-01 alike", () => {
    expect(describeUtcQuarter(596, monday("2026-10-26"), "America/New_York")).toEqual({ weekday: "Sunday", time: "01:00" });
    expect(describeUtcQuarter(600, monday("2026-10-26"), "America/New_York")).toEqual({ weekday: "Sunday", time: "01:00" });
  });

  it("jumps over New York's skipped hour on 2026-03-08", () => {
    expect(describeUtcQuarter(6 * 96 + 27, monday("2026-03-02"), "America/New_York")).toEqual({ weekday: "Sunday", time: "01:45" });
    expect(describeUtcQuarter(6 * 96 + 28, monday("2026-03-02"), "America/New_York")).toEqual({ weekday: "Sunday", time: "03:00" });
  });

  it("shows one suggested UTC slot in each partner's own time", () => {
    // 13:30 UTC on Wednesday in January: 08:30 in New York, 13:30 in London, 19:15 in Kathmandu.
    const q = 2 * 96 + 54;
    const week = monday("2026-01-12");
    expect(describeUtcQuarter(q, week, "America/New_York")).toEqual({ weekday: "Wednesday", time: "08:30" });
    expect(describeUtcQuarter(q, week, "Europe/London")).toEqual({ weekday: "Wednesday", time: "13:30" });
    expect(describeUtcQuarter(q, week, "Asia/Kathmandu")).toEqual({ weekday: "Wednesday", time: "19:15" });
  });

  it("uses English names and zero-padded 24-hour times", () => {
    expect(describeUtcQuarter(5 * 96 + 1, monday("2026-01-12"), "UTC")).toEqual({ weekday: "Saturday", time: "00:15" });
    expect(describeUtcQuarter(3 * 96 + 95, monday("2026-01-12"), "UTC")).toEqual({ weekday: "Thursday", time: "23:45" });
  });

  it.each([-1, 672, 1.5, Number.NaN])("rejects index %s", (index) => {
    expect(() => describeUtcQuarter(index, monday("2026-01-12"), "UTC")).toThrow(RangeError);
  });

  it("rejects a bad zone or week start", () => {
    expect(() => describeUtcQuarter(0, monday("2026-01-12"), "Nowhere/Special")).toThrow(RangeError);
    expect(() => describeUtcQuarter(0, new Date("2026-01-13T00:00:00Z"), "UTC")).toThrow(RangeError);
  });
});

describe("isValidLocalSlots", () => {
  it.each([
    ["empty", []],
    ["first and last", [0, 335]],
    ["unsorted", [200, 3, 100]],
    ["every slot", Array.from({ length: 336 }, (_, i) => i)],
  ])("accepts %s", (_label, slots) => {
    expect(isValidLocalSlots(slots)).toBe(true);
  });

  it.each([
    ["336", [336]],
    ["negative", [-1]],
    ["fractional", [1.5]],
    ["NaN", [Number.NaN]],
    ["Infinity", [Number.POSITIVE_INFINITY]],
    ["a numeric string", ["1"]],
    ["null entry", [null]],
    ["a duplicate", [5, 6, 5]],
    ["too many", Array.from({ length: 337 }, (_, i) => i % 336)],
    ["sparse", [1, , 3]],
    ["not an array", "1,2,3"],
    ["null", null],
    ["an array-like object", { length: 1, 0: 1 }],
  ])("rejects %s", (_label, slots) => {
    expect(isValidLocalSlots(slots)).toBe(false);
  });
});
