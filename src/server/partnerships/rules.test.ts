import { describe, expect, it } from "vitest";
import { atCapacity, moves, transition, type PartnershipAction, type PartnershipStatus } from "./rules";

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
