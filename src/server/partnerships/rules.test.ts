import { describe, expect, it } from "vitest";
import { atCapacity, endings, moves, transition, type PartnershipAction, type PartnershipStatus } from "./rules";

describe("partnership transitions", () => {
  it.each<[PartnershipStatus | null, PartnershipAction, PartnershipStatus]>([
    [null, "CREATE", "DRAFTING"],
    ["DRAFTING", "ACTIVATE", "ACTIVE"],
    ["DRAFTING", "END", "ENDED"],
    ["ACTIVE", "PAUSE", "PAUSED"],
    ["PAUSED", "RESUME", "ACTIVE"],
    ["ACTIVE", "END", "ENDED"],
    ["PAUSED", "END", "ENDED"],
  ])("%s --%s--> %s", (from, action, to) => {
    expect(transition(from, action)).toEqual({ ok: true, status: to });
  });

  it.each<[PartnershipStatus | null, PartnershipAction]>([
    [null, "ACTIVATE"],
    [null, "END"],
    ["DRAFTING", "CREATE"],
    ["ENDED", "CREATE"],
    ["DRAFTING", "PAUSE"],
    ["DRAFTING", "RESUME"],
    ["ACTIVE", "ACTIVATE"],
    ["PAUSED", "PAUSE"],
    ["ENDED", "ACTIVATE"],
    ["ENDED", "END"],
  ])("refuses %s --%s-->", (from, action) => {
    expect(transition(from, action)).toEqual({ ok: false, reason: "INVALID_TRANSITION", from });
  });

  it("lets a feature narrow where its move starts: not going ahead ends a draft only", () => {
    const from = endings.NOT_GOING_AHEAD.from;
    expect(transition("DRAFTING", "END", from)).toEqual({ ok: true, status: "ENDED" });
    for (const status of ["ACTIVE", "PAUSED", "ENDED"] as const) expect(transition(status, "END", from)).toEqual({ ok: false, reason: "INVALID_TRANSITION", from: status });
    // Narrowing never widens: a status the state machine refuses stays refused.
    expect(transition("DRAFTING", "PAUSE", ["DRAFTING"])).toMatchObject({ ok: false });
    expect(transition(null, "END", from)).toMatchObject({ ok: false });
  });

  it("ends quietly from every open status, never twice", () => {
    const from = endings.QUIETLY.from;
    for (const status of ["DRAFTING", "ACTIVE", "PAUSED"] as const) expect(transition(status, "END", from)).toEqual({ ok: true, status: "ENDED" });
    expect(transition("ENDED", "END", from)).toEqual({ ok: false, reason: "INVALID_TRANSITION", from: "ENDED" });
  });

  it("names one timeline event per action", () => {
    expect(Object.fromEntries(Object.entries(moves).map(([action, move]) => [action, move.event]))).toEqual({
      CREATE: "CREATED",
      ACTIVATE: "ACTIVATED",
      PAUSE: "PAUSED",
      RESUME: "RESUMED",
      END: "ENDED",
    });
  });

  it("counts capacity as reached at the limit", () => {
    expect(atCapacity(0, 1)).toBe(false);
    expect(atCapacity(1, 1)).toBe(true);
    expect(atCapacity(2, 3)).toBe(false);
    expect(atCapacity(3, 3)).toBe(true);
  });
});
