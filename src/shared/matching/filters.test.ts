import { describe, expect, it } from "vitest";
import { filtersFromParams, noFilters, passesFilters } from "./filters";

const candidate = { checkInFrequency: "WEEKLY" as const, languages: ["en", "pl"], sobrietyFriendly: false };

describe("filtersFromParams", () => {
  it("reads each filter from the address", () => {
    expect(filtersFromParams({ rhythm: "WEEKLY", language: "pl", sober: "1" })).toEqual({ rhythm: "WEEKLY", language: "pl", sobrietyFriendly: true });
  });
  it("treats empty, missing, unknown and repeated values as no filter (the first of a repeat counts)", () => {
    expect(filtersFromParams({})).toEqual({});
    expect(filtersFromParams({ rhythm: "", language: "", sober: "" })).toEqual({});
    expect(filtersFromParams({ rhythm: "HOURLY", language: "xx", sober: "yes" })).toEqual({});
    expect(filtersFromParams({ rhythm: ["DAILY", "WEEKLY"], language: ["\u0000"] })).toEqual({ rhythm: "DAILY" });
  });
});

describe("passesFilters", () => {
  it("passes everyone when nothing is set", () => {
    expect(noFilters({})).toBe(true);
    expect(passesFilters(candidate, {})).toBe(true);
  });
  it("checks the rhythm exactly", () => {
    expect(passesFilters(candidate, { rhythm: "WEEKLY" })).toBe(true);
    expect(passesFilters(candidate, { rhythm: "DAILY" })).toBe(false);
  });
  it("checks that they speak the language", () => {
    expect(passesFilters(candidate, { language: "pl" })).toBe(true);
    expect(passesFilters(candidate, { language: "fr" })).toBe(false);
  });
  it("keeps only sobriety-friendly members when asked", () => {
    expect(passesFilters(candidate, { sobrietyFriendly: true })).toBe(false);
    expect(passesFilters({ ...candidate, sobrietyFriendly: true }, { sobrietyFriendly: true })).toBe(true);
  });
  it("needs every set filter to pass", () => {
    expect(passesFilters({ ...candidate, sobrietyFriendly: true }, { rhythm: "WEEKLY", language: "pl", sobrietyFriendly: true })).toBe(true);
    expect(passesFilters({ ...candidate, sobrietyFriendly: true }, { rhythm: "WEEKLY", language: "fr", sobrietyFriendly: true })).toBe(false);
    expect(noFilters({ language: "pl" })).toBe(false);
  });
});
