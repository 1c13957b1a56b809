import { describe, expect, it } from "vitest";
import { rhythmOf, type Rhythm } from "@/shared/check-ins/rhythm";
import { happenedProblem, isOccurrence, occurrenceState, recentOccurrences } from "./rules";

function rhythm(over: Record<string, unknown>, from: string): Rhythm {
  const fields = { frequency: "WEEKLY", weekdays: ["TU"], time: "18:30", timezone: "Europe/Berlin", durationMinutes: 30, ...over };
  const result = rhythmOf(fields, new Date(from));
  if (result.kind !== "rhythm") throw new Error("expected a rhythm");
  return result;
}

const at = (iso: string) => new Date(iso);
// Tuesdays at 18:30 in Berlin: 17:30 UTC in winter.
const weekly = rhythm({}, "2026-12-01T00:00:00Z");

describe("occurrenceState", () => {
  const start = at("2026-12-08T17:30:00Z");

  it("opens two hours before the planned start", () => {
    expect(occurrenceState(start, at("2026-12-08T15:29:59Z"))).toBe("upcoming");
    expect(occurrenceState(start, at("2026-12-08T15:30:00Z"))).toBe("open");
    expect(occurrenceState(start, at("2026-12-08T19:00:00Z"))).toBe("open");
  });

  it("closes fourteen days after it", () => {
    expect(occurrenceState(start, at("2026-12-22T17:30:00Z"))).toBe("open");
    expect(occurrenceState(start, at("2026-12-22T17:30:00.001Z"))).toBe("too-old");
  });
});

describe("isOccurrence", () => {
  it("accepts exactly a planned start and nothing near it", () => {
    expect(isOccurrence(weekly, [], at("2026-12-08T17:30:00Z"))).toBe(true);
    expect(isOccurrence(weekly, [], at("2026-12-08T17:30:00.001Z"))).toBe(false);
    expect(isOccurrence(weekly, [], at("2026-12-08T17:29:00Z"))).toBe(false);
    expect(isOccurrence(weekly, [], at("2026-12-09T17:30:00Z"))).toBe(false);
  });

  it("refuses one before the rhythm started, and one in a pause", () => {
    expect(isOccurrence(weekly, [], at("2026-11-24T17:30:00Z"))).toBe(false);
    expect(isOccurrence(weekly, [{ start: at("2026-12-05T00:00:00Z"), end: at("2026-12-12T00:00:00Z") }], at("2026-12-08T17:30:00Z"))).toBe(false);
  });

  it("follows daylight saving: the summer check-in is an hour earlier in UTC", () => {
    const r = rhythm({}, "2027-03-01T00:00:00Z");
    expect(isOccurrence(r, [], at("2027-03-23T17:30:00Z"))).toBe(true);
    expect(isOccurrence(r, [], at("2027-03-30T16:30:00Z"))).toBe(true);
    expect(isOccurrence(r, [], at("2027-03-30T17:30:00Z"))).toBe(false);
  });
});

describe("recentOccurrences", () => {
  it("lists the last fourteen days' check-ins and then the next one", () => {
    const list = recentOccurrences(weekly, [], at("2026-12-23T12:00:00Z")).map((o) => o.start.toISOString());
    expect(list).toEqual(["2026-12-15T17:30:00.000Z", "2026-12-22T17:30:00.000Z", "2026-12-29T17:30:00.000Z"]);
  });

  it("includes one starting within two hours as open, not as the next", () => {
    const list = recentOccurrences(weekly, [], at("2026-12-08T16:00:00Z")).map((o) => o.start.toISOString());
    expect(list).toEqual(["2026-12-01T17:30:00.000Z", "2026-12-08T17:30:00.000Z", "2026-12-15T17:30:00.000Z"]);
  });

  it("leaves out paused check-ins and has no next one during an open pause", () => {
    const list = recentOccurrences(weekly, [{ start: at("2026-12-10T00:00:00Z"), end: null }], at("2026-12-20T00:00:00Z"));
    expect(list.map((o) => o.start.toISOString())).toEqual(["2026-12-08T17:30:00.000Z"]);
  });
});

describe("happenedProblem", () => {
  const start = at("2026-12-08T17:30:00Z");
  const now = at("2026-12-08T19:00:00Z");

  it("accepts a time near the planned one, up to a few minutes ahead of our clock", () => {
    expect(happenedProblem(start, start, now)).toBeNull();
    expect(happenedProblem(at("2026-12-08T19:04:00Z"), start, now)).toBeNull();
  });

  it("refuses the future and a time more than a day from the plan", () => {
    expect(happenedProblem(at("2026-12-08T19:06:00Z"), start, now)).toBe("future");
    expect(happenedProblem(at("2026-12-07T17:29:00Z"), start, at("2026-12-10T00:00:00Z"))).toBe("far-from-planned");
  });
});
