import { describe, expect, it } from "vitest";
import { notificationCatalog } from "./catalog";
import { choicesFor, defaultChoice, resolveChoice } from "./preferences";
import { zSetPreferencesInput } from "./schemas";

const quietHours = { on: true, start: "22:00", end: "08:00" };

describe("preference resolution", () => {
  it("emails by default every type that has an email", () => {
    expect(defaultChoice("REQUEST_RECEIVED")).toBe("IN_APP_AND_EMAIL");
    expect(resolveChoice("REQUEST_RECEIVED", undefined)).toBe("IN_APP_AND_EMAIL");
  });

  it("honours the member's choice", () => {
    expect(resolveChoice("REQUEST_RECEIVED", "IN_APP")).toBe("IN_APP");
    expect(resolveChoice("AGREEMENT_SIGNED", "OFF")).toBe("OFF");
  });

  it("never lets a moderator's note be switched off: it stays in the notification centre at least", () => {
    expect(choicesFor("MODERATOR_WARNING")).toEqual(["IN_APP_AND_EMAIL", "IN_APP"]);
    expect(resolveChoice("MODERATOR_WARNING", "OFF")).toBe("IN_APP_AND_EMAIL");
    expect(resolveChoice("MODERATOR_WARNING", "IN_APP")).toBe("IN_APP");
  });

  it("offers every type in the catalog a label and at least the notification centre", () => {
    for (const [type, entry] of Object.entries(notificationCatalog)) {
      expect(entry.label.length, type).toBeGreaterThan(0);
      expect(choicesFor(type as keyof typeof notificationCatalog), type).toContain("IN_APP");
    }
  });
});

describe("zSetPreferencesInput", () => {
  it("accepts known types with known choices and HH:MM times", () => {
    expect(zSetPreferencesInput.safeParse({ choices: { REQUEST_RECEIVED: "OFF" }, quietHours }).success).toBe(true);
    expect(zSetPreferencesInput.safeParse({ choices: {}, quietHours: { on: false, start: "00:00", end: "23:59" } }).success).toBe(true);
  });

  it.each([
    ["an unknown type", { choices: { NOT_A_TYPE: "OFF" }, quietHours }],
    ["an unknown choice", { choices: { REQUEST_RECEIVED: "LOUD" }, quietHours }],
    ["a time past midnight", { choices: {}, quietHours: { ...quietHours, start: "24:00" } }],
    ["a time without minutes", { choices: {}, quietHours: { ...quietHours, end: "8" } }],
    ["a NUL byte in a time", { choices: {}, quietHours: { ...quietHours, end: "08:00\u0000" } }],
    ["equal start and end", { choices: {}, quietHours: { ...quietHours, end: "22:00" } }],
    ["an extra field", { choices: {}, quietHours, extra: 1 }],
  ])("refuses %s", (_name, input) => {
    expect(zSetPreferencesInput.safeParse(input).success).toBe(false);
  });
});
