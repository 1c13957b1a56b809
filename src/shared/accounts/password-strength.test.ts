import { describe, expect, it } from "vitest";
import { passwordStrength } from "./password-strength";

describe("passwordStrength", () => {
  it.each(["password123", "qwertyuiop", "iloveyou12", "aaaaaaaaaaaa", "1234567890"])("rejects the common or patterned %s", (password) => {
    expect(passwordStrength(password).acceptable).toBe(false);
  });

  it.each(["calm-harbor-morning-42", "violet tractor lemon swim", "Gx7#pQ2!mZ9w"])("accepts the hard-to-guess %s", (password) => {
    expect(passwordStrength(password).acceptable).toBe(true);
  });

  it("rejects passwords under 10 characters however random", () => {
    expect(passwordStrength("Gx7#pQ2!m").acceptable).toBe(false);
  });

  it("counts the member's own name and email against the password", () => {
    expect(passwordStrength("quintessazorbulax").acceptable).toBe(true);
    expect(passwordStrength("quintessazorbulax", ["zorbulax", "quintessa", "zorbulax.quintessa@example.com"]).acceptable).toBe(false);
  });
});
