import { describe, expect, it } from "vitest";
import { countryFromTimeZone } from "./country-from-zone";

describe("countryFromTimeZone", () => {
  it.each([
    ["Europe/London", "GB"],
    ["Europe/Dublin", "IE"],
    ["America/Toronto", "CA"],
    ["America/Vancouver", "CA"],
    ["Australia/Sydney", "AU"],
    ["Pacific/Auckland", "NZ"],
    ["Asia/Kolkata", "IN"],
    ["America/New_York", "US"],
    ["Europe/Berlin", "DE"],
    ["Europe/Amsterdam", "NL"],
    ["Africa/Johannesburg", "ZA"],
    ["Asia/Tokyo", "JP"],
  ])("%s is in %s", (zone, country) => {
    expect(countryFromTimeZone(zone)).toBe(country);
  });

  it("knows the old names browsers still report", () => {
    expect(countryFromTimeZone("Asia/Calcutta")).toBe("IN");
    expect(countryFromTimeZone("Europe/Belfast")).toBe("GB");
    expect(countryFromTimeZone("Europe/Kiev")).toBe("UA");
  });

  it("finds a country for every zone the timezone picker offers", () => {
    const countryless = Intl.supportedValuesOf("timeZone").filter((zone) => zone.includes("/") && !zone.startsWith("Etc/") && countryFromTimeZone(zone) === null);
    expect(countryless).toEqual([]);
  });

  it.each(["UTC", "Etc/UTC", "Etc/GMT+5", "Mars/Olympus_Mons", "", null, undefined])("has no country for %s", (zone) => {
    expect(countryFromTimeZone(zone)).toBeNull();
  });
});
