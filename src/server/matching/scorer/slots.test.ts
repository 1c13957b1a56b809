import { describe, expect, it } from "vitest";
import { utcWeekBits } from "@/shared/time/availability";
import { novemberWeek, profile, slots, weekdays } from "@/test/score-fixtures";
import type { IncludedScore, MatchProfile } from "./types";
import { scoreMatch } from "./scorer";
import { slotChangeWords } from "@/shared/matching/score-words";

const scored = (a: MatchProfile, b: MatchProfile, weekStart = novemberWeek): IncludedScore => {
  const result = scoreMatch(a, b, { weekStart });
  if (result.excluded !== null) throw new Error(`excluded: ${result.excluded}`);
  return result;
};
const every = [0, 1, 2, 3, 4, 5, 6];

describe("suggested slots", () => {
  it("match a Kolkata/London pair worked out by hand", () => {
    // Kolkata (UTC+5:30) weekdays 20:00–22:00 is 14:30–16:30 UTC; London (GMT in November) is free 14:00–17:00.
    const kolkata = profile({ timezone: "Asia/Kolkata", availabilitySlots: slots(weekdays, "20:00", "22:00") });
    const london = profile({ availabilitySlots: slots(weekdays, "14:00", "17:00") });
    const result = scored(kolkata, london);
    expect(result.overlapMinutes).toBe(10 * 60);
    expect(result.suggestedSlots).toEqual([
      { utcQuarter: 0 * 96 + 58, a: { weekday: "Monday", time: "20:00" }, b: { weekday: "Monday", time: "14:30" } },
      { utcQuarter: 2 * 96 + 58, a: { weekday: "Wednesday", time: "20:00" }, b: { weekday: "Wednesday", time: "14:30" } },
      { utcQuarter: 4 * 96 + 58, a: { weekday: "Friday", time: "20:00" }, b: { weekday: "Friday", time: "14:30" } },
    ]);
    expect(scored(london, kolkata).suggestedSlots.map((s) => s.b)).toEqual(result.suggestedSlots.map((s) => s.a));
  });

  it("show each member's own weekday when the slot crosses midnight between zones", () => {
    const newYork = profile({ timezone: "America/New_York", availabilitySlots: slots(every, "17:00", "20:00") });
    const sydney = profile({ timezone: "Australia/Sydney", availabilitySlots: slots(every, "07:00", "12:00") });
    const [first] = scored(newYork, sydney).suggestedSlots;
    expect(first).toMatchObject({ a: { weekday: "Monday", time: "17:00" }, b: { weekday: "Tuesday", time: "09:00" } });
  });

  it("always lie inside the overlap", () => {
    const pairs: [MatchProfile, MatchProfile][] = [
      [profile({ timezone: "America/Los_Angeles", availabilitySlots: slots(every, "06:00", "23:00") }), profile({ timezone: "Europe/Berlin", availabilitySlots: slots(every, "00:00", "24:00") })],
      [profile({ timezone: "Asia/Kathmandu", availabilitySlots: slots([1, 3], "19:00", "21:30") }), profile({ availabilitySlots: slots([1, 3], "12:00", "18:00") })],
      [profile({ availabilitySlots: slots([6], "23:00", "24:00").concat(slots([0], "00:00", "01:00")) }), profile({ availabilitySlots: slots([6], "22:00", "24:00").concat(slots([0], "00:00", "02:00")) })],
    ];
    for (const [a, b] of pairs) {
      const bitsA = utcWeekBits(a.availabilitySlots, a.timezone, novemberWeek);
      const bitsB = utcWeekBits(b.availabilitySlots, b.timezone, novemberWeek);
      const { suggestedSlots } = scored(a, b);
      expect(suggestedSlots.length).toBeGreaterThanOrEqual(1);
      expect(suggestedSlots.length).toBeLessThanOrEqual(3);
      for (const slot of suggestedSlots) expect(`${bitsA[slot.utcQuarter]}${bitsB[slot.utcQuarter]}`).toBe("11");
    }
  });

  it("prefer a comfortable local time to the middle of the night", () => {
    const both = profile({ availabilitySlots: slots([0], "02:00", "03:00").concat(slots([1], "19:00", "20:00")) });
    expect(scored(both, profile({ availabilitySlots: both.availabilitySlots })).suggestedSlots.map((s) => s.a)).toEqual([{ weekday: "Tuesday", time: "19:00" }]);
  });

  it("start a long early stretch at 07:00, not at its first minute", () => {
    const early = slots([0], "05:00", "09:00");
    expect(scored(profile({ availabilitySlots: early }), profile({ availabilitySlots: early })).suggestedSlots.map((s) => s.a.time)).toEqual(["07:00"]);
  });

  it("prefer a full hour and days spread through the week", () => {
    const a = profile({ availabilitySlots: slots(weekdays, "18:00", "21:00") });
    const b = profile({ availabilitySlots: slots([0, 1], "18:00", "18:30").concat(slots([2, 3, 4], "19:00", "21:00")) });
    expect(scored(a, b).suggestedSlots.map((s) => `${s.a.weekday} ${s.a.time}`)).toEqual(["Wednesday 19:00", "Thursday 19:00", "Friday 19:00"]);
    expect(scored(a, profile()).suggestedSlots.map((s) => s.a.weekday)).toEqual(["Monday", "Wednesday", "Friday"]);
  });

  it("show the clock change in the week only one zone has moved", () => {
    const newYork = profile({ timezone: "America/New_York", availabilitySlots: slots(weekdays, "14:00", "16:00") });
    const london = profile({ availabilitySlots: slots(weekdays, "18:00", "20:00") });
    const before = scored(newYork, london, new Date("2026-03-02T00:00:00Z"));
    const during = scored(newYork, london, new Date("2026-03-09T00:00:00Z"));
    expect(before.overlapMinutes).toBe(5 * 60);
    expect(during.overlapMinutes).toBe(10 * 60);
    expect(before.suggestedSlots[0]).toMatchObject({ a: { time: "14:00" }, b: { time: "19:00" } });
    expect(during.suggestedSlots[0]).toMatchObject({ a: { time: "14:00" }, b: { time: "18:00" } });
  });

  describe("say when the time moves for them in a daylight-saving gap week", () => {
    // New York moves to EDT on 14 March 2027, London to BST on 28 March: two weeks 4 hours apart, not 5.
    const newYork = profile({ timezone: "America/New_York", availabilitySlots: slots(weekdays, "08:00", "10:00") });
    const london = profile({ timezone: "Europe/London", availabilitySlots: slots(weekdays, "12:00", "14:00") });
    const gapWeek = new Date("2027-03-22T00:00:00Z");

    it("13:00 for them from 28 March, kept at the viewer's time", () => {
      const [first] = scored(newYork, london, gapWeek).suggestedSlots;
      expect(first).toEqual({
        utcQuarter: 48,
        a: { weekday: "Monday", time: "08:00" },
        b: { weekday: "Monday", time: "12:00" },
        laterForB: [{ from: "2027-03-28", b: { weekday: "Monday", time: "13:00" } }],
      });
      expect(slotChangeWords(first!)).toBe("13:00 for them from 28 March");
    });

    it("from the other side: the viewer's clocks change, so their time moves the other way", () => {
      const [first] = scored(london, newYork, gapWeek).suggestedSlots;
      expect(first).toMatchObject({ a: { time: "12:00" }, b: { time: "08:00" }, laterForB: [{ from: "2027-03-28", b: { weekday: "Monday", time: "07:00" } }] });
      expect(slotChangeWords(first!)).toBe("07:00 for them from 28 March");
    });

    it("both moves when a gap opens and closes in the weeks ahead", () => {
      const [first] = scored(newYork, london, new Date("2027-03-01T00:00:00Z")).suggestedSlots;
      expect(first).toMatchObject({ a: { time: "08:00" }, b: { time: "13:00" } });
      expect(slotChangeWords(first!)).toBe("12:00 for them from 14 March, then 13:00 from 28 March");
    });

    it("nothing when both zones change together, or nothing changes soon", () => {
      const berlin = profile({ timezone: "Europe/Berlin", availabilitySlots: slots(weekdays, "13:00", "15:00") });
      const together = scored(london, berlin, gapWeek).suggestedSlots;
      expect(together.length).toBeGreaterThan(0);
      for (const slot of together) {
        expect(slot).not.toHaveProperty("laterForB");
        expect(slotChangeWords(slot)).toBeNull();
      }
      for (const slot of scored(newYork, london, novemberWeek).suggestedSlots) expect(slot).not.toHaveProperty("laterForB");
      for (const slot of scored(newYork, london, new Date("2027-04-05T00:00:00Z")).suggestedSlots) expect(slot).not.toHaveProperty("laterForB");
    });

    it("name their day when the move crosses midnight for them", () => {
      expect(slotChangeWords({ a: { weekday: "Monday", time: "19:30" }, laterForB: [{ from: "2027-04-04", b: { weekday: "Tuesday", time: "00:30" } }] })).toBe(
        "Tuesdays 00:30 for them from 4 April",
      );
    });
  });
});
