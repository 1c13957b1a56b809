import ICAL from "ical.js";
import { DateTime, IANAZone } from "luxon";
import { describe, expect, it } from "vitest";
import { vtimezoneComponent } from "./vtimezone";

const minuteMs = 60_000;
const weekMs = 7 * 24 * 60 * minuteMs;

/** The zone as ical.js (an independent reader) understands our VTIMEZONE. */
function icalZone(name: string): ICAL.Timezone {
  const text = vtimezoneComponent(name);
  if (!text) throw new Error(`no VTIMEZONE for ${name}`);
  const component = new ICAL.Component(ICAL.parse(`BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${text}\r\nEND:VCALENDAR`)).getFirstSubcomponent("vtimezone");
  expect(component?.getFirstPropertyValue("tzid")).toBe(name);
  return new ICAL.Timezone({ component: component!, tzid: name });
}

/** Minutes east of UTC at an instant, by ical.js from the VTIMEZONE (for instants away from a change). */
function icalOffset(zone: ICAL.Timezone, at: number): number {
  return Math.round(ICAL.Time.fromJSDate(new Date(at), true).convertToZone(zone).utcOffset() / 60);
}

/** The instant of a wall-clock time, by ical.js from the VTIMEZONE. */
function icalInstant(zone: ICAL.Timezone, local: DateTime): number {
  const time = ICAL.Time.fromData({ year: local.year, month: local.month, day: local.day, hour: local.hour, minute: local.minute, second: 0, isDate: false }, zone);
  return time.toUnixTime() * 1000;
}

/**
 * Wall-clock times to check: two hours either side of every change from 2026 to 2035 (outside the
 * skipped or repeated hour, where readers differ by design), and noon on the 15th of each month.
 */
function probes(name: string): DateTime[] {
  const zone = IANAZone.create(name);
  const times: DateTime[] = [];
  const [start, end] = [Date.UTC(2026, 0, 1), Date.UTC(2036, 0, 1)];
  for (let t = start; t < end; t += weekMs) {
    if (zone.offset(t) === zone.offset(t + weekMs)) continue;
    let [lo, hi] = [t, t + weekMs];
    while (hi - lo > minuteMs) {
      const mid = lo + Math.floor((hi - lo) / 2 / minuteMs) * minuteMs;
      if (zone.offset(mid) === zone.offset(lo)) lo = mid;
      else hi = mid;
    }
    const onset = DateTime.fromMillis(hi, { zone: name });
    times.push(onset.minus({ hours: 3 }), onset.plus({ hours: 3 }));
  }
  const noon = DateTime.fromObject({ year: 2026, month: 1, day: 15, hour: 12 }, { zone: name });
  for (let months = 0; months < 120; months++) times.push(noon.plus({ months }));
  return times;
}

describe("vtimezoneComponent", () => {
  it("writes rules a calendar app reads back exactly as the platform's zone data, for every zone members can choose", () => {
    const wrong: string[] = [];
    for (const name of Intl.supportedValuesOf("timeZone")) {
      const zone = icalZone(name);
      const bad = probes(name).find((local) => icalInstant(zone, local) !== local.toMillis());
      if (bad) wrong.push(`${name} at ${bad.toISO()}`);
    }
    expect(wrong).toEqual([]);
  }, 120_000);

  it("describes a regular zone with two open-ended yearly rules", () => {
    const text = vtimezoneComponent("Europe/Berlin")!;
    expect(text).toContain("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n");
    expect(text).toContain("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n");
    expect(text).not.toContain("UNTIL");
  });

  it("ends a rule a zone stopped following (Mexico City has had no daylight time since 2022)", () => {
    const zone = icalZone("America/Mexico_City");
    expect(icalOffset(zone, Date.UTC(2021, 6, 1))).toBe(-300);
    expect(icalOffset(zone, Date.UTC(2027, 6, 1))).toBe(-360);
    expect(icalOffset(zone, Date.UTC(2070, 6, 1))).toBe(-360);
  });

  it("keeps a regular rule going past the scanned years", () => {
    const zone = icalZone("Europe/Berlin");
    const summer = DateTime.fromObject({ year: 2075, month: 7, day: 1 }, { zone: "utc" }).toMillis();
    expect(icalOffset(zone, summer)).toBe(120);
  });

  it("writes a zone with a 45-minute offset and a zone named the older way", () => {
    expect(icalOffset(icalZone("Asia/Katmandu"), Date.UTC(2027, 0, 1))).toBe(345);
    expect(icalOffset(icalZone("Asia/Calcutta"), Date.UTC(2027, 0, 1))).toBe(330);
    expect(icalOffset(icalZone("Pacific/Chatham"), Date.UTC(2027, 0, 1))).toBe(825);
  });

  it("gives nothing for a zone the platform doesn't know", () => {
    expect(vtimezoneComponent("Mars/Olympus")).toBeNull();
  });
});
