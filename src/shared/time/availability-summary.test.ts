import { describe, expect, it } from "vitest";
import { isValidLocalSlots, LOCAL_SLOTS, SLOTS_PER_DAY } from "./availability";
import { availabilityPresets, describeLocalSlots, slotIndex, slotLabel } from "./availability-summary";

/** Slots on each of `days` from "HH:mm" to "HH:mm" (exclusive), built without the code under test. */
function block(days: readonly number[], from: string, to: string): number[] {
  const half = (t: string) => {
    const [h, m] = t.split(":").map(Number);
    return h! * 2 + m! / 30;
  };
  const out: number[] = [];
  for (const d of days) for (let h = half(from); h < half(to); h++) out.push(d * 48 + h);
  return out;
}

const MON = 0;
const TUE = 1;
const WED = 2;
const THU = 3;
const FRI = 4;
const SAT = 5;
const SUN = 6;
const WEEKDAYS = [MON, TUE, WED, THU, FRI];

describe("slotIndex", () => {
  it.each([
    [0, 0, 0],
    [0, 36, 36],
    [1, 0, 48],
    [4, 37, 229],
    [6, 47, 335],
  ])("day %i, half hour %i is slot %i", (day, halfHour, index) => {
    expect(slotIndex(day, halfHour)).toBe(index);
  });

  it.each([
    [-1, 0],
    [7, 0],
    [0, -1],
    [0, 48],
    [1.5, 0],
    [0, 2.5],
    [Number.NaN, 0],
  ])("rejects day %s, half hour %s", (day, halfHour) => {
    expect(() => slotIndex(day, halfHour)).toThrow(RangeError);
  });

  it("matches the availability module's layout", () => {
    expect(slotIndex(6, 47)).toBe(LOCAL_SLOTS - 1);
    expect(slotIndex(1, 0)).toBe(SLOTS_PER_DAY);
  });
});

describe("slotLabel", () => {
  it("labels Monday 18:00–18:30", () => {
    expect(slotLabel(36)).toEqual({ day: "Monday", dayShort: "Mon", start: "18:00", end: "18:30" });
  });

  it("labels a half-past slot", () => {
    expect(slotLabel(slotIndex(THU, 15))).toEqual({ day: "Thursday", dayShort: "Thu", start: "07:30", end: "08:00" });
  });

  it("ends the last slot of a day at 24:00 and starts the next day at 00:00", () => {
    expect(slotLabel(47)).toEqual({ day: "Monday", dayShort: "Mon", start: "23:30", end: "24:00" });
    expect(slotLabel(48)).toEqual({ day: "Tuesday", dayShort: "Tue", start: "00:00", end: "00:30" });
    expect(slotLabel(335)).toEqual({ day: "Sunday", dayShort: "Sun", start: "23:30", end: "24:00" });
  });

  it("round-trips with slotIndex for all 336 slots, each 30 minutes long", () => {
    const days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
    for (let index = 0; index < 336; index++) {
      const label = slotLabel(index);
      const day = days.indexOf(label.day);
      expect(label.dayShort).toBe(label.day.slice(0, 3));
      expect(slotIndex(day, minutes(label.start) / 30)).toBe(index);
      expect(minutes(label.end) - minutes(label.start)).toBe(30);
    }
  });

  it.each([-1, 336, 0.5, Number.NaN])("rejects index %s", (index) => {
    expect(() => slotLabel(index)).toThrow(RangeError);
  });
});

describe("describeLocalSlots", () => {
  it("returns no lines for an empty grid", () => {
    expect(describeLocalSlots([])).toEqual([]);
  });

  it("groups consecutive days with the same range, then the next pattern", () => {
    const slots = [...block(WEEKDAYS, "18:00", "21:00"), ...block([SAT], "09:00", "12:00")];
    expect(describeLocalSlots(slots)).toEqual(["Mon–Fri 18:00–21:00", "Sat 09:00–12:00"]);
  });

  it("uses an en dash, not a hyphen", () => {
    const [line] = describeLocalSlots(block(WEEKDAYS, "18:00", "21:00"));
    expect(line).toContain("\u2013");
    expect(line).not.toContain("-");
  });

  it("lists non-consecutive days with the same ranges", () => {
    expect(describeLocalSlots(block([MON, WED, FRI], "07:00", "08:00"))).toEqual(["Mon, Wed, Fri 07:00–08:00"]);
  });

  it("mixes runs and single days", () => {
    expect(describeLocalSlots(block([MON, TUE, WED, FRI], "07:00", "08:00"))).toEqual(["Mon–Wed, Fri 07:00–08:00"]);
    expect(describeLocalSlots(block([MON, WED, THU, FRI, SUN], "07:00", "08:00"))).toEqual(["Mon, Wed–Fri, Sun 07:00–08:00"]);
  });

  it("writes two consecutive days as a run", () => {
    expect(describeLocalSlots(block([SAT, SUN], "09:00", "12:00"))).toEqual(["Sat–Sun 09:00–12:00"]);
  });

  it("does not wrap Sunday round to Monday", () => {
    expect(describeLocalSlots(block([SUN, MON], "09:00", "10:00"))).toEqual(["Mon, Sun 09:00–10:00"]);
  });

  it("joins several ranges in one day", () => {
    const slots = [...block([TUE], "07:00", "08:00"), ...block([TUE], "18:00", "20:00")];
    expect(describeLocalSlots(slots)).toEqual(["Tue 07:00–08:00 and 18:00–20:00"]);
  });

  it("joins three ranges with commas and 'and'", () => {
    const slots = [...block([WED], "07:00", "07:30"), ...block([WED], "12:30", "13:00"), ...block([WED], "18:00", "20:00")];
    expect(describeLocalSlots(slots)).toEqual(["Wed 07:00–07:30, 12:30–13:00 and 18:00–20:00"]);
  });

  it("merges adjacent slots, including half-hour boundaries", () => {
    expect(describeLocalSlots([slotIndex(MON, 15), slotIndex(MON, 16), slotIndex(MON, 17)])).toEqual(["Mon 07:30–09:00"]);
    expect(describeLocalSlots([slotIndex(MON, 15), slotIndex(MON, 17)])).toEqual(["Mon 07:30–08:00 and 08:30–09:00"]);
  });

  it("shows a range ending at midnight as 24:00", () => {
    expect(describeLocalSlots(block([FRI], "22:00", "24:00"))).toEqual(["Fri 22:00–24:00"]);
    expect(describeLocalSlots([335])).toEqual(["Sun 23:30–24:00"]);
  });

  it("shows a range starting at midnight as 00:00", () => {
    expect(describeLocalSlots([slotIndex(WED, 0)])).toEqual(["Wed 00:00–00:30"]);
  });

  it("splits a block running past midnight at the day boundary", () => {
    const slots = [...block([MON], "23:00", "24:00"), ...block([TUE], "00:00", "01:00")];
    expect(describeLocalSlots(slots)).toEqual(["Mon 23:00–24:00", "Tue 00:00–01:00"]);
  });

  it("describes the whole week", () => {
    expect(describeLocalSlots(Array.from({ length: 336 }, (_, i) => i))).toEqual(["Every day 00:00–24:00"]);
  });

  it("describes a whole day", () => {
    expect(describeLocalSlots(block([THU], "00:00", "24:00"))).toEqual(["Thu 00:00–24:00"]);
  });

  it("orders lines by the first day with each pattern", () => {
    const slots = [...block([MON, WED], "07:00", "08:00"), ...block([TUE], "18:00", "19:00"), ...block([SUN], "07:00", "08:00")];
    expect(describeLocalSlots(slots)).toEqual(["Mon, Wed, Sun 07:00–08:00", "Tue 18:00–19:00"]);
  });

  it("distinguishes days whose ranges differ only slightly", () => {
    const slots = [...block([MON], "18:00", "21:00"), ...block([TUE], "18:00", "21:30"), ...block([WED], "18:00", "21:00")];
    expect(describeLocalSlots(slots)).toEqual(["Mon, Wed 18:00–21:00", "Tue 18:00–21:30"]);
  });

  it("ignores input order and duplicates", () => {
    const slots = [...block(WEEKDAYS, "18:00", "21:00"), ...block([SAT], "09:00", "12:00")];
    const shuffled = [...slots].reverse().concat(slots.slice(0, 5));
    expect(describeLocalSlots(shuffled)).toEqual(["Mon–Fri 18:00–21:00", "Sat 09:00–12:00"]);
  });

  it.each([[[336]], [[-1]], [[1.5]], [[Number.NaN]]])("rejects invalid slots %j", (slots) => {
    expect(() => describeLocalSlots(slots)).toThrow(RangeError);
  });
});

describe("availabilityPresets", () => {
  const expected = {
    "weekday-mornings": { label: "Weekday mornings", slots: block(WEEKDAYS, "07:00", "09:00"), line: "Mon–Fri 07:00–09:00" },
    "weekday-lunchtimes": { label: "Weekday lunchtimes", slots: block(WEEKDAYS, "12:00", "13:00"), line: "Mon–Fri 12:00–13:00" },
    "weekday-evenings": { label: "Weekday evenings", slots: block(WEEKDAYS, "18:00", "21:00"), line: "Mon–Fri 18:00–21:00" },
    "weekend-mornings": { label: "Weekend mornings", slots: block([SAT, SUN], "09:00", "12:00"), line: "Sat–Sun 09:00–12:00" },
    "weekend-afternoons": { label: "Weekend afternoons", slots: block([SAT, SUN], "13:00", "17:00"), line: "Sat–Sun 13:00–17:00" },
  } as const;

  it("has exactly the five documented presets, in order, with unique ids", () => {
    expect(availabilityPresets.map((p) => p.id)).toEqual(Object.keys(expected));
  });

  it.each(Object.entries(expected))("%s has the documented label and slots", (id, { label, slots, line }) => {
    const preset = availabilityPresets.find((p) => p.id === id)!;
    expect(preset.label).toBe(label);
    expect([...preset.slots].sort((a, b) => a - b)).toEqual([...slots].sort((a, b) => a - b));
    expect(isValidLocalSlots(preset.slots)).toBe(true);
    expect(describeLocalSlots(preset.slots)).toEqual([line]);
  });

  it("has the expected slot counts (weekday 07:00–09:00 is 5 days × 4 half hours, …)", () => {
    expect(availabilityPresets.map((p) => p.slots.length)).toEqual([20, 10, 30, 12, 16]);
  });

  it("spot-checks the exact indices of weekday mornings", () => {
    const mornings = availabilityPresets[0]!.slots;
    expect(mornings).toContain(14); // Mon 07:00
    expect(mornings).toContain(17); // Mon 08:30
    expect(mornings).not.toContain(18); // Mon 09:00
    expect(mornings).toContain(4 * 48 + 17); // Fri 08:30
    expect(mornings).not.toContain(5 * 48 + 14); // Sat 07:00
  });

  it("presets combine into a readable summary", () => {
    const slots = [...availabilityPresets[2]!.slots, ...availabilityPresets[3]!.slots, ...availabilityPresets[4]!.slots];
    expect(describeLocalSlots(slots)).toEqual(["Mon–Fri 18:00–21:00", "Sat–Sun 09:00–12:00 and 13:00–17:00"]);
  });
});
