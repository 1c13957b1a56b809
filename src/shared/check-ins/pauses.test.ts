import { describe, expect, it } from "vitest";
import { pausedPeriods } from "./pauses";

const at = (day: number) => new Date(Date.UTC(2027, 0, day));

describe("pausedPeriods", () => {
  it("pairs each pause with the resume or ending after it, in time order", () => {
    const events = [
      { type: "RESUMED", createdAt: at(10) },
      { type: "PAUSED", createdAt: at(3) },
      { type: "AGREEMENT_IN_FORCE", createdAt: at(1) },
      { type: "PAUSED", createdAt: at(20) },
      { type: "ENDED", createdAt: at(25) },
    ];
    expect(pausedPeriods(events)).toEqual([
      { start: at(3), end: at(10) },
      { start: at(20), end: at(25) },
    ]);
  });

  it("leaves a pause with no resume yet open", () => {
    expect(pausedPeriods([{ type: "PAUSED", createdAt: at(3) }])).toEqual([{ start: at(3), end: null }]);
  });

  it("ignores a repeated pause and a resume without a pause", () => {
    const events = [
      { type: "RESUMED", createdAt: at(1) },
      { type: "PAUSED", createdAt: at(2) },
      { type: "PAUSED", createdAt: at(4) },
      { type: "RESUMED", createdAt: at(6) },
    ];
    expect(pausedPeriods(events)).toEqual([{ start: at(2), end: at(6) }]);
  });

  it("gives none for a timeline without pauses", () => {
    expect(pausedPeriods([])).toEqual([]);
  });
});

describe("pausedPeriods with planned pauses", () => {
  it("ends a running pause on its planned day", () => {
    const planned = [{ start: at(3), end: at(10) }];
    expect(pausedPeriods([{ type: "PAUSED", createdAt: at(3) }], planned)).toEqual([{ start: at(3), end: at(10) }, ...planned]);
  });

  it("keeps a running pause open when nothing planned ends after it began", () => {
    expect(pausedPeriods([{ type: "PAUSED", createdAt: at(12) }], [{ start: at(3), end: at(10) }])[0]).toEqual({ start: at(12), end: null });
  });

  it("pauses a planned period ahead of time", () => {
    expect(pausedPeriods([], [{ start: at(20), end: at(27) }])).toEqual([{ start: at(20), end: at(27) }]);
  });
});
