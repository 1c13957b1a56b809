/**
 * A suggested check-in is a recurring time on A's clock. When only one of the two zones changes
 * its clocks in the weeks after the scored one (a daylight-saving "gap" week, or a zone without
 * daylight saving), the same start lands at another local time for B: "13:00 for them from
 * 28 March". Pure: the scored week and the zones decide it.
 */
import { DateTime, IANAZone } from "luxon";
import type { LocalTime, SlotChange } from "./types";
import { slotWeights as w } from "./weights";

const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;
const pad = (n: number) => String(n).padStart(2, "0");

function localTime(at: DateTime): LocalTime {
  return { weekday: WEEKDAY_NAMES[at.weekday - 1]!, time: `${pad(at.hour)}:${pad(at.minute)}` };
}

/**
 * The local date ("2027-03-28") on which the gap between the two zones' offsets changed, between
 * `from` and `to` (ms, with different gaps): in the zone whose clocks changed (B's if both did).
 */
function changeDate(zoneA: IANAZone, zoneB: IANAZone, from: number, to: number, nameA: string, nameB: string): string {
  const gapAt = (ms: number) => zoneB.offset(ms) - zoneA.offset(ms);
  const before = gapAt(from);
  let lo = from;
  let hi = to;
  while (hi - lo > 60_000) {
    const mid = Math.floor((lo + hi) / 2);
    if (gapAt(mid) === before) lo = mid;
    else hi = mid;
  }
  const zone = zoneB.offset(lo) !== zoneB.offset(hi) ? nameB : nameA;
  return DateTime.fromMillis(hi, { zone }).toISODate()!;
}

const DAY_MS = 24 * 60 * 60_000;
const WEEK_MS = 7 * DAY_MS;
const changing = new Map<number, Map<string, boolean>>(); // week start (ms) → zone → clocks change soon
const CACHE_WEEKS = 4;

/**
 * Whether `zone`'s offset changes between `weekStartMs` and the end of the horizon. Offsets change
 * at most once every ~166 hours (see availability.ts), so daily probes find every change.
 * Memoised per week and zone: most pairs have neither, and then no slot needs a closer look.
 */
function clocksChangeSoon(zone: IANAZone, weekStartMs: number): boolean {
  let zones = changing.get(weekStartMs);
  const hit = zones?.get(zone.name);
  if (hit !== undefined) return hit;
  const first = zone.offset(weekStartMs);
  let changes = false;
  for (let ms = weekStartMs + DAY_MS; ms <= weekStartMs + (w.changeHorizonWeeks + 1) * WEEK_MS && !changes; ms += DAY_MS) changes = zone.offset(ms) !== first;
  if (!zones) {
    if (changing.size >= CACHE_WEEKS) changing.clear();
    zones = new Map();
    changing.set(weekStartMs, zones);
  }
  zones.set(zone.name, changes); // bounded by the number of IANA zones (~600)
  return changes;
}

/**
 * Each time, in the `w.changeHorizonWeeks` weeks after `startMs` (a start inside the week from `weekStart`), that the start kept at A's local
 * time moves for B, with the date it moves from (at most `w.maxChanges`, earliest first); empty
 * when it stays put.
 */
export function slotChanges(weekStart: Date, startMs: number, zoneA: string, zoneB: string): SlotChange[] {
  const ianaA = IANAZone.create(zoneA);
  const ianaB = IANAZone.create(zoneB);
  if (!clocksChangeSoon(ianaA, weekStart.getTime()) && !clocksChangeSoon(ianaB, weekStart.getTime())) return [];
  const first = DateTime.fromMillis(startMs, { zone: zoneA });
  const changes: SlotChange[] = [];
  let previous = localTime(DateTime.fromMillis(startMs, { zone: zoneB }));
  let previousMs = startMs;
  for (let week = 1; week <= w.changeHorizonWeeks && changes.length < w.maxChanges; week++) {
    const occurrence = first.plus({ weeks: week }); // the same wall-clock time on A's side
    const b = localTime(occurrence.setZone(zoneB));
    if (b.weekday !== previous.weekday || b.time !== previous.time) {
      changes.push({ from: changeDate(ianaA, ianaB, previousMs, occurrence.toMillis(), zoneA, zoneB), b });
    }
    previous = b;
    previousMs = occurrence.toMillis();
  }
  return changes;
}
