import { describe, expect, it } from "vitest";
import { dayTimeWords, dayWords } from "./dates";

const now = new Date("2026-05-12T10:00:00Z");

describe("dayWords", () => {
  it("names the day in the member's own timezone", () => {
    // 23:30 UTC on 12 May is already 13 May in Tokyo.
    expect(dayWords(new Date("2026-05-12T23:30:00Z"), "Asia/Tokyo", now)).toBe("13 May");
    expect(dayWords(new Date("2026-05-12T23:30:00Z"), "America/New_York", now)).toBe("12 May");
  });

  it("adds the year only when it isn't this year", () => {
    expect(dayWords(new Date("2027-01-02T12:00:00Z"), "Europe/Lisbon", now)).toBe("2 January 2027");
  });

  it("falls back to UTC for a zone it can't read", () => {
    expect(dayWords(new Date("2026-05-12T23:30:00Z"), "Not/AZone", now)).toBe("12 May");
  });
});

describe("dayTimeWords", () => {
  it("adds a 24-hour time", () => {
    expect(dayTimeWords(new Date("2026-05-12T13:05:00Z"), "Europe/Lisbon", now)).toBe("12 May, 14:05");
  });
});
