import { describe, expect, it } from "vitest";
import { rhythmOf, type Rhythm } from "./rhythm";
import { checkInInWords, upcomingStarts } from "./upcoming";

function rhythm(over: Record<string, unknown>, from: string): Rhythm {
  const fields = { frequency: "WEEKLY", weekdays: ["TU"], time: "18:00", timezone: "Europe/London", durationMinutes: 30, ...over };
  const result = rhythmOf(fields, new Date(from));
  if (result.kind !== "rhythm") throw new Error(`expected a rhythm, got ${result.reason}`);
  return result;
}

const words = (start: Date, viewerZone: string, partnerZone: string) => checkInInWords(start, { viewerZone, partnerZone, partnerName: "Sam" });

describe("upcomingStarts", () => {
  it("gives the next three check-ins from now, in order", () => {
    const r = rhythm({}, "2027-03-01T00:00:00Z");
    expect(upcomingStarts(r, { now: new Date("2027-03-03T00:00:00Z") }).map((d) => d.toISOString())).toEqual([
      "2027-03-09T18:00:00.000Z",
      "2027-03-16T18:00:00.000Z",
      "2027-03-23T18:00:00.000Z",
    ]);
  });

  it("includes a check-in starting exactly now and leaves out paused ones", () => {
    const r = rhythm({}, "2027-03-01T00:00:00Z");
    const now = new Date("2027-03-09T18:00:00Z");
    const paused = [{ start: new Date("2027-03-10T00:00:00Z"), end: new Date("2027-03-20T00:00:00Z") }];
    expect(upcomingStarts(r, { now, paused }).map((d) => d.toISOString())).toEqual(["2027-03-09T18:00:00.000Z", "2027-03-23T18:00:00.000Z", "2027-03-30T17:00:00.000Z"]);
  });

  it("has none during a pause with no end yet", () => {
    const r = rhythm({}, "2027-03-01T00:00:00Z");
    expect(upcomingStarts(r, { now: new Date("2027-03-03T00:00:00Z"), paused: [{ start: new Date("2027-03-02T00:00:00Z"), end: null }] })).toEqual([]);
  });
});

describe("checkInInWords", () => {
  it("shows the viewer's time with the partner's beside it", () => {
    expect(words(new Date("2027-03-09T18:00:00Z"), "Europe/London", "Europe/Berlin")).toBe("Tuesday 9 March, 18:00 for you · 19:00 for Sam");
  });

  it("says it once when both clocks agree", () => {
    expect(words(new Date("2027-03-09T18:00:00Z"), "Europe/London", "Europe/Lisbon")).toBe("Tuesday 9 March, 18:00 for you and Sam");
  });

  it("names the partner's day when it is another day for them", () => {
    expect(words(new Date("2027-03-09T18:00:00Z"), "Europe/London", "Pacific/Auckland")).toBe("Tuesday 9 March, 18:00 for you · Wednesday 07:00 for Sam");
  });

  it("follows each zone's own daylight-saving change in the weeks they differ", () => {
    const r = rhythm({}, "2027-03-01T00:00:00Z");
    // The US moves its clocks on 14 March, the UK on 28 March: for two weeks New York is 4 hours behind, not 5.
    const lines = upcomingStarts(r, { now: new Date("2027-03-08T00:00:00Z"), count: 4 }).map((start) => words(start, "Europe/London", "America/New_York"));
    expect(lines).toEqual([
      "Tuesday 9 March, 18:00 for you · 13:00 for Sam",
      "Tuesday 16 March, 18:00 for you · 14:00 for Sam",
      "Tuesday 23 March, 18:00 for you · 14:00 for Sam",
      "Tuesday 30 March, 18:00 for you · 13:00 for Sam",
    ]);
  });

  it("shows the viewer's own zone, not the agreement's", () => {
    const r = rhythm({ timezone: "Europe/Berlin", time: "09:00" }, "2027-03-01T00:00:00Z");
    const [first] = upcomingStarts(r, { now: new Date("2027-03-08T00:00:00Z") });
    if (!first) throw new Error("expected a check-in");
    expect(words(first, "Asia/Kolkata", "Europe/Berlin")).toBe("Tuesday 9 March, 13:30 for you · 09:00 for Sam");
  });
});
