import { describe, expect, it } from "vitest";
import { minutesOf, quietUntil, timeOf } from "./quiet-hours";

const night = { start: minutesOf("22:00"), end: minutesOf("08:00") };
const at = (iso: string) => new Date(iso);

describe("quietUntil", () => {
  it("lets an email outside quiet hours go at once", () => {
    expect(quietUntil(at("2026-06-10T12:00:00Z"), night, "Europe/Berlin")).toBeNull();
    // 21:59 and 08:00 in Berlin (summer, UTC+2) are outside.
    expect(quietUntil(at("2026-06-10T19:59:00Z"), night, "Europe/Berlin")).toBeNull();
    expect(quietUntil(at("2026-06-11T06:00:00Z"), night, "Europe/Berlin")).toBeNull();
  });

  it("holds an email written late in the evening until the next morning, in the member's zone", () => {
    // 23:30 in Berlin → 08:00 the next day, Berlin time.
    expect(quietUntil(at("2026-06-10T21:30:00Z"), night, "Europe/Berlin")).toEqual(at("2026-06-11T06:00:00Z"));
  });

  it("holds an email written after midnight until the same morning", () => {
    // 03:00 in New York (UTC−4 in June) → 08:00 that day.
    expect(quietUntil(at("2026-06-10T07:00:00Z"), night, "America/New_York")).toEqual(at("2026-06-10T12:00:00Z"));
  });

  it("handles quiet hours inside one day", () => {
    const afternoon = { start: minutesOf("13:00"), end: minutesOf("15:30") };
    expect(quietUntil(at("2026-06-10T13:00:00Z"), afternoon, "UTC")).toEqual(at("2026-06-10T15:30:00Z"));
    expect(quietUntil(at("2026-06-10T15:30:00Z"), afternoon, "UTC")).toBeNull();
    expect(quietUntil(at("2026-06-10T12:59:00Z"), afternoon, "UTC")).toBeNull();
  });

  it("ends at the chosen local time across a spring-forward night (Berlin, 29 March 2026)", () => {
    // 23:00 on 28 March is UTC+1; 08:00 on 29 March is already UTC+2, so the wait is 8 hours, not 9.
    expect(quietUntil(at("2026-03-28T22:00:00Z"), night, "Europe/Berlin")).toEqual(at("2026-03-29T06:00:00Z"));
  });

  it("ends at the chosen local time across a fall-back night (New York, 1 November 2026)", () => {
    // 23:00 on 31 October is UTC−4; 08:00 on 1 November is UTC−5.
    expect(quietUntil(at("2026-11-01T03:00:00Z"), night, "America/New_York")).toEqual(at("2026-11-01T13:00:00Z"));
  });

  it("moves an end inside a skipped hour to the first valid instant", () => {
    const early = { start: minutesOf("01:00"), end: minutesOf("02:30") };
    // 01:30 Berlin on 29 March 2026 (UTC+1); 02:30 does not exist that night, 03:30 (UTC+2) does.
    expect(quietUntil(at("2026-03-29T00:30:00Z"), early, "Europe/Berlin")).toEqual(at("2026-03-29T01:30:00Z"));
  });

  it("follows the member's zone when it changes: one instant, two answers", () => {
    const instant = at("2026-06-10T21:30:00Z");
    expect(quietUntil(instant, night, "Europe/Berlin")).toEqual(at("2026-06-11T06:00:00Z")); // 23:30 there
    expect(quietUntil(instant, night, "America/New_York")).toBeNull(); // 17:30 there
    expect(quietUntil(instant, night, "Asia/Kathmandu")).toEqual(at("2026-06-11T02:15:00Z")); // 03:15 there, UTC+5:45
  });

  it("treats equal start and end, or an unknown zone, as no quiet period", () => {
    expect(quietUntil(at("2026-06-10T23:00:00Z"), { start: 600, end: 600 }, "UTC")).toBeNull();
    expect(quietUntil(at("2026-06-10T23:00:00Z"), night, "Not/AZone")).toBeNull();
  });
});

describe("times", () => {
  it("reads and writes HH:MM", () => {
    expect(minutesOf("00:00")).toBe(0);
    expect(minutesOf("23:59")).toBe(1439);
    expect(timeOf(480)).toBe("08:00");
    expect(timeOf(1439)).toBe("23:59");
  });
});
