/**
 * VTIMEZONE components written from the platform's own zone data: the data the recurrence engine
 * computes occurrences with, so a calendar app that trusts the file places check-ins where we do.
 *
 * (A packaged set of VTIMEZONE files was tried first: its 2018 data still had daylight time for
 * Mexico City, São Paulo, Cairo or Tehran, and it filed the names the platform lists for India,
 * Nepal and Myanmar under other TZIDs; 39 of the platform's 418 zones disagreed with our occurrences.)
 *
 * The offsets are scanned from `firstYear` to `lastYear`. Consecutive yearly changes that follow
 * one rule (e.g. "last Sunday of March at 02:00") become one observance with a yearly RRULE; the
 * last rule of each kind stays open-ended, so the file keeps working past the scanned years for
 * zones whose rules don't change. Irregular changes are written one by one.
 */
import { DateTime, IANAZone } from "luxon";

const firstYear = 2020;
const lastYear = 2060;
const minuteMs = 60_000;
const dayMs = 24 * 60 * minuteMs;
/** Offsets are sampled every few days, then each change is found to the minute. */
const sampleMs = 4 * dayMs;

type Transition = { at: number; from: number; to: number; daylight: boolean };

const weekdayCodes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;

function transitionsOf(zone: IANAZone): Transition[] {
  const start = Date.UTC(firstYear, 0, 1);
  const end = Date.UTC(lastYear + 1, 0, 1);
  const found: Transition[] = [];
  let before = zone.offset(start);
  for (let t = start + sampleMs; t <= end; t += sampleMs) {
    const offset = zone.offset(t);
    if (offset === before) continue;
    // Bisect in whole minutes: the first minute with the new offset.
    let lo = Math.floor((t - sampleMs) / minuteMs);
    let hi = Math.floor(t / minuteMs);
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (zone.offset(mid * minuteMs) === before) lo = mid;
      else hi = mid;
    }
    const at = hi * minuteMs;
    const to = zone.offset(at);
    found.push({ at, from: zone.offset(at - minuteMs), to, daylight: DateTime.fromMillis(at, { zone }).isInDST });
    before = to;
  }
  return found;
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}${String(abs % 60).padStart(2, "0")}`;
}

/** The wall-clock time of the change, read in the offset in force before it (as RFC 5545 asks). */
const onsetLocal = (t: Transition) => DateTime.fromMillis(t.at + t.from * minuteMs, { zone: "utc" });

/** The ways a yearly rule can name this day: nth or last weekday of the month, or the day of the month. */
function dayRules(t: Transition): string[] {
  const local = onsetLocal(t);
  const code = weekdayCodes[local.weekday - 1];
  const rules = [`BYDAY=${Math.ceil(local.day / 7)}${code}`, `BYMONTHDAY=${local.day}`];
  if (local.day + 7 > (local.daysInMonth ?? 31)) rules.unshift(`BYDAY=-1${code}`);
  return rules;
}

type Run = { first: Transition; last: Transition; rules: string[] };

function sameKind(a: Transition, b: Transition): boolean {
  const [la, lb] = [onsetLocal(a), onsetLocal(b)];
  return a.from === b.from && a.to === b.to && a.daylight === b.daylight && la.month === lb.month && la.toFormat("HHmmss") === lb.toFormat("HHmmss");
}

/** Groups changes of one kind in consecutive years that one yearly rule describes. */
function runsOf(transitions: Transition[]): Run[] {
  const runs: Run[] = [];
  const open = new Map<string, Run>();
  for (const t of transitions) {
    const key = `${t.from}|${t.to}|${t.daylight}`;
    const run = open.get(key);
    const rules = run ? run.rules.filter((rule) => dayRules(t).includes(rule)) : [];
    if (run && sameKind(run.last, t) && onsetLocal(t).year === onsetLocal(run.last).year + 1 && rules.length > 0) {
      run.last = t;
      run.rules = rules;
      continue;
    }
    const fresh = { first: t, last: t, rules: dayRules(t) };
    runs.push(fresh);
    open.set(key, fresh);
  }
  return runs;
}

function observance(run: Run, openEnded: boolean): string[] {
  const { first, last } = run;
  const lines = [
    `BEGIN:${first.daylight ? "DAYLIGHT" : "STANDARD"}`,
    `TZOFFSETFROM:${offsetText(first.from)}`,
    `TZOFFSETTO:${offsetText(first.to)}`,
    `DTSTART:${onsetLocal(first).toFormat("yyyyMMdd'T'HHmmss")}`,
  ];
  if (first !== last || openEnded) {
    const until = openEnded ? "" : `;UNTIL=${DateTime.fromMillis(last.at, { zone: "utc" }).toFormat("yyyyMMdd'T'HHmmss'Z'")}`;
    lines.push(`RRULE:FREQ=YEARLY;BYMONTH=${onsetLocal(first).month};${run.rules[0]}${until}`);
  }
  lines.push(`END:${first.daylight ? "DAYLIGHT" : "STANDARD"}`);
  return lines;
}

const cache = new Map<string, string | null>();

function build(name: string): string | null {
  const zone = IANAZone.create(name);
  if (!zone.isValid) return null;
  const transitions = transitionsOf(zone);
  const runs = runsOf(transitions);
  const lastYearOf = (t: Transition) => onsetLocal(t).year;
  const base = zone.offset(Date.UTC(firstYear, 0, 1));
  const lines = [
    "BEGIN:VTIMEZONE",
    `TZID:${name}`,
    `X-LIC-LOCATION:${name}`,
    // What applies before the first change scanned.
    "BEGIN:STANDARD",
    `TZOFFSETFROM:${offsetText(base)}`,
    `TZOFFSETTO:${offsetText(base)}`,
    "DTSTART:19700101T000000",
    "END:STANDARD",
    // A rule still followed in the last scanned year is taken to go on; anything else ended.
    ...runs.flatMap((run) => observance(run, run.first !== run.last && lastYearOf(run.last) >= lastYear)),
    "END:VTIMEZONE",
  ];
  return lines.join("\r\n");
}

/** The VTIMEZONE of an IANA zone, or null for a name the platform doesn't know. */
export function vtimezoneComponent(name: string): string | null {
  if (!cache.has(name)) cache.set(name, build(name));
  return cache.get(name) ?? null;
}
