import { describe, expect, it } from "vitest";
import { isValidTimeZone, zSignUpInput } from "./schemas";

const valid = {
  email: "  Sam@Example.COM ",
  password: "quiet-river-evening-17",
  confirmPassword: "quiet-river-evening-17",
  displayName: " Sam ",
  timezone: "Asia/Kathmandu",
  ageConfirmed: true,
};

async function fieldErrors(input: unknown) {
  const result = await zSignUpInput.safeParseAsync(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("zSignUpInput", () => {
  it("normalises email and name", async () => {
    expect(await zSignUpInput.parseAsync(valid)).toMatchObject({ email: "sam@example.com", displayName: "Sam" });
  });

  it.each([
    ["email", { email: "not-an-email" }],
    ["email", { email: `${"a".repeat(250)}@example.com` }],
    ["displayName", { displayName: "   " }],
    ["displayName", { displayName: "x".repeat(51) }],
    ["password", { password: "password123", confirmPassword: "password123" }],
    ["password", { password: "x".repeat(129), confirmPassword: "x".repeat(129) }],
    ["confirmPassword", { confirmPassword: "quiet-river-evening-18" }],
    ["timezone", { timezone: "Mars/Olympus_Mons" }],
    ["ageConfirmed", { ageConfirmed: false }],
  ])("puts a clear message on %s", async (field, change) => {
    const errors = await fieldErrors({ ...valid, ...change });
    expect(Object.keys(errors)).toContain(field);
    expect(errors[field]).toMatch(/\w+ \w+/);
  });
});

describe("isValidTimeZone", () => {
  it.each(["Europe/London", "America/St_Johns", "Asia/Kolkata", "Australia/Lord_Howe", "UTC"])("accepts %s", (zone) => {
    expect(isValidTimeZone(zone)).toBe(true);
  });
  it.each(["", "Nowhere/City", "EST5EDT5", "+05:30", "utc "])("rejects %j", (zone) => {
    expect(isValidTimeZone(zone)).toBe(false);
  });
});

describe("sign-up password", () => {
  it("may not be built from the member's own name or email", async () => {
    const input = { ...valid, email: "zorbulax.quintessa@example.com", displayName: "Quintessa", password: "quintessazorbulax", confirmPassword: "quintessazorbulax" };
    expect(await fieldErrors(input)).toHaveProperty("password");
  });
});
