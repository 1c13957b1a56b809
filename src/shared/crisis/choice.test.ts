import { describe, expect, it } from "vitest";
import { parseStoredChoice, zCrisisCountryChoice } from "./choice";
import { regionName } from "./region-name";

describe("the stored country choice", () => {
  it("keeps a country we list lines for, or 'elsewhere'", () => {
    expect(parseStoredChoice("GB")).toBe("GB");
    expect(parseStoredChoice("elsewhere")).toBe("elsewhere");
  });

  it("ignores what it doesn't know: no cookie, an old or edited value, or 'auto' (which only clears)", () => {
    for (const value of [undefined, "", "gb", "JP", "auto", "GB\u0000", "US; path=/"]) expect(parseStoredChoice(value)).toBeNull();
  });

  it("accepts 'auto' from the form, to forget the choice", () => {
    expect(zCrisisCountryChoice.safeParse("auto").success).toBe(true);
    expect(zCrisisCountryChoice.safeParse("XX").success).toBe(false);
  });
});

describe("regionName", () => {
  it("names a country in English, and falls back to the code", () => {
    expect(regionName("JP")).toBe("Japan");
    expect(regionName("not a code")).toBe("not a code");
  });
});
