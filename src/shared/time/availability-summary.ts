/**
 * Plain-English helpers for a member's LOCAL weekly availability grid, shared by
 * the onboarding form (a client component) and the dashboard. Pure, with no
 * dependencies, so it is safe to bundle for the browser.
 *
 * Slot index = day * 48 + halfHour; day 0 = Monday … 6 = Sunday; halfHour 0 =
 * 00:00–00:30 … 47 = 23:30–24:00 (see ./availability.ts).
 */

// Same values as SLOTS_PER_DAY / LOCAL_SLOTS in ./availability.ts, repeated so
// this module does not pull luxon into the client bundle.
const SLOTS_PER_DAY = 48;
const DAYS_PER_WEEK = 7;
const LOCAL_SLOTS = SLOTS_PER_DAY * DAYS_PER_WEEK;

const DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;
const DAY_SHORT = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;
const EN_DASH = "\u2013";

function assertSlot(index: number, fn: string): void {
  if (!Number.isInteger(index) || index < 0 || index >= LOCAL_SLOTS) {
    throw new RangeError(`${fn}: slot index must be an integer 0..${LOCAL_SLOTS - 1}, got ${String(index)}`);
  }
}

/** "HH:mm" for a half-hour boundary 0..48 (48 → "24:00"). */
function boundaryTime(halfHours: number): string {
  const hours = Math.floor(halfHours / 2);
  return `${String(hours).padStart(2, "0")}:${halfHours % 2 === 0 ? "00" : "30"}`;
}

/** The local slot index for a day (0 = Monday … 6 = Sunday) and half hour (0..47). */
export function slotIndex(day: number, halfHour: number): number {
  if (!Number.isInteger(day) || day < 0 || day >= DAYS_PER_WEEK) {
    throw new RangeError(`slotIndex: day must be an integer 0..6, got ${String(day)}`);
  }
  if (!Number.isInteger(halfHour) || halfHour < 0 || halfHour >= SLOTS_PER_DAY) {
    throw new RangeError(`slotIndex: halfHour must be an integer 0..47, got ${String(halfHour)}`);
  }
  return day * SLOTS_PER_DAY + halfHour;
}

export interface SlotLabel {
  /** "Monday" */
  day: string;
  /** "Mon" */
  dayShort: string;
  /** "18:00" */
  start: string;
  /** "18:30"; the last slot of a day ends at "24:00". */
  end: string;
}

export function slotLabel(index: number): SlotLabel {
  assertSlot(index, "slotLabel");
  const day = Math.floor(index / SLOTS_PER_DAY);
  const halfHour = index % SLOTS_PER_DAY;
  return {
    day: DAY_NAMES[day]!,
    dayShort: DAY_SHORT[day]!,
    start: boundaryTime(halfHour),
    end: boundaryTime(halfHour + 1),
  };
}

/** "A", "A and B", "A, B and C". */
function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

/** Ascending day numbers → "Mon–Fri", "Mon, Wed, Fri", "Sat–Sun", "Mon–Wed, Fri", "Every day". */
function describeDays(days: readonly number[]): string {
  if (days.length === DAYS_PER_WEEK) return "Every day";
  const runs: string[] = [];
  for (let i = 0; i < days.length; ) {
    let j = i;
    while (j + 1 < days.length && days[j + 1] === days[j]! + 1) j++;
    runs.push(j === i ? DAY_SHORT[days[i]!]! : `${DAY_SHORT[days[i]!]}${EN_DASH}${DAY_SHORT[days[j]!]}`);
    i = j + 1;
  }
  return runs.join(", ");
}

/**
 * One line per distinct daily time pattern, in order of the first day that has
 * it: consecutive days are grouped ("Mon–Fri 18:00–21:00"), other days with the
 * same ranges are listed ("Mon, Wed, Fri 07:00–08:00"), several ranges in a day
 * are joined ("Tue 07:00–08:00 and 18:00–20:00"), and a range ending at
 * midnight ends at "24:00". Ranges never cross midnight: a late-night block
 * continuing into the next morning is shown on both days. Duplicate slots are
 * ignored; an invalid index throws a RangeError.
 */
export function describeLocalSlots(localSlots: readonly number[]): string[] {
  const selected = new Uint8Array(LOCAL_SLOTS);
  for (const slot of localSlots) {
    assertSlot(slot, "describeLocalSlots");
    selected[slot] = 1;
  }

  const groups = new Map<string, number[]>(); // ranges text → days, in first-day order
  for (let day = 0; day < DAYS_PER_WEEK; day++) {
    const ranges: string[] = [];
    const base = day * SLOTS_PER_DAY;
    for (let h = 0; h < SLOTS_PER_DAY; ) {
      if (!selected[base + h]) {
        h++;
        continue;
      }
      let end = h;
      while (end < SLOTS_PER_DAY && selected[base + end]) end++;
      ranges.push(`${boundaryTime(h)}${EN_DASH}${boundaryTime(end)}`);
      h = end;
    }
    if (ranges.length === 0) continue;
    const text = joinAnd(ranges);
    const days = groups.get(text);
    if (days) days.push(day);
    else groups.set(text, [day]);
  }

  return [...groups].map(([ranges, days]) => `${describeDays(days)} ${ranges}`);
}

export interface AvailabilityPreset {
  id: "weekday-mornings" | "weekday-lunchtimes" | "weekday-evenings" | "weekend-mornings" | "weekend-afternoons";
  label: string;
  slots: number[];
}

/** Slots for each of `days` from `from` to `to` ("HH:mm", on the half hour; `to` exclusive). */
function block(days: readonly number[], from: string, to: string): number[] {
  const toHalfHours = (time: string) => {
    const [h, m] = time.split(":").map(Number);
    return h! * 2 + (m === 30 ? 1 : 0);
  };
  const slots: number[] = [];
  for (const day of days) {
    for (let h = toHalfHours(from); h < toHalfHours(to); h++) slots.push(slotIndex(day, h));
  }
  return slots;
}

const WEEKDAYS = [0, 1, 2, 3, 4] as const;
const WEEKEND = [5, 6] as const;

export const availabilityPresets: readonly AvailabilityPreset[] = [
  { id: "weekday-mornings", label: "Weekday mornings", slots: block(WEEKDAYS, "07:00", "09:00") },
  { id: "weekday-lunchtimes", label: "Weekday lunchtimes", slots: block(WEEKDAYS, "12:00", "13:00") },
  { id: "weekday-evenings", label: "Weekday evenings", slots: block(WEEKDAYS, "18:00", "21:00") },
  { id: "weekend-mornings", label: "Weekend mornings", slots: block(WEEKEND, "09:00", "12:00") },
  { id: "weekend-afternoons", label: "Weekend afternoons", slots: block(WEEKEND, "13:00", "17:00") },
];
