import { describe, expect, it } from "vitest";
import { crisisCountries, crisisCountryCodes, crisisDirectory, isCrisisCountryCode } from "./resources";

const countries = Object.values(crisisCountries);
const lines = countries.flatMap((country) => country.lines.map((line) => ({ country: country.code, line })));

describe("crisis resources", () => {
  it("lists the countries PRODUCT.md names, each under its own code", () => {
    for (const code of ["US", "GB", "IE", "CA", "AU", "NZ"]) expect(isCrisisCountryCode(code)).toBe(true);
    for (const code of crisisCountryCodes) expect(crisisCountries[code].code).toBe(code);
    expect(isCrisisCountryCode("JP")).toBe(false);
    expect(isCrisisCountryCode("gb")).toBe(false);
  });

  it("gives the numbers PRODUCT.md promises", () => {
    expect(crisisCountries.GB.lines[0].contacts[0]?.display).toBe("116 123");
    expect(crisisCountries.IE.lines[0].contacts[0]?.display).toBe("116 123");
    expect(crisisCountries.CA.lines[0].contacts.map((c) => c.display)).toContain("988");
    expect(crisisCountries.AU.lines[0].contacts[0]?.display).toBe("13 11 14");
    expect(crisisCountries.NZ.lines[0].contacts[0]?.display).toBe("1737");
    expect(crisisCountries.US.lines[0].contacts.map((c) => `${c.kind} ${c.display}`)).toEqual(["call 988", "text 988"]);
  });

  it("cites each line's own page over https", () => {
    for (const { line } of lines) {
      const url = new URL(line.source);
      expect(url.protocol, line.name).toBe("https:");
    }
    expect(new URL(crisisDirectory.url).protocol).toBe("https:");
  });

  it("keeps an emergency number for every country", () => {
    for (const country of countries) expect(country.emergency.length, country.code).toBeGreaterThan(0);
  });

  it("has dialable numbers: digits only, with at most a leading +", () => {
    for (const contact of [...lines.flatMap(({ line }) => line.contacts), ...countries.flatMap((c) => c.emergency)]) {
      expect(contact.dial).toMatch(/^\+?\d{2,15}$/);
      expect(contact.display.replace(/[^\d]/g, "")).toBe(contact.dial.replace(/^\+1/, "1"));
    }
  });

  it("has no duplicates: one entry per country, one line per name and number within a country", () => {
    expect(new Set(crisisCountryCodes).size).toBe(crisisCountryCodes.length);
    for (const country of countries) {
      const names = country.lines.map((line) => line.name);
      expect(new Set(names).size, country.code).toBe(names.length);
      const numbers = country.lines.flatMap((line) => line.contacts.map((c) => `${c.kind} ${c.dial}`));
      expect(new Set(numbers).size, country.code).toBe(numbers.length);
      const emergency = country.emergency.map((c) => c.dial);
      expect(new Set(emergency).size, country.code).toBe(emergency.length);
    }
  });
});
