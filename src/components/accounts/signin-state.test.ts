import { describe, expect, it } from "vitest";
import { credentialsProblem, problemFromAddress } from "./signin-state";

describe("sign-in problems", () => {
  it("names a suspended account and too many attempts, and reads anything else as a mismatch", () => {
    expect(credentialsProblem("suspended")).toBe("suspended");
    expect(credentialsProblem("rate_limited")).toBe("rate_limited");
    expect(credentialsProblem("invalid")).toBe("invalid");
    expect(credentialsProblem("something-new")).toBe("invalid");
    expect(credentialsProblem(undefined)).toBe("invalid");
  });

  it("reads the same problems from next-auth's redirect address", () => {
    expect(problemFromAddress("CredentialsSignin", "suspended")).toBe("suspended");
    expect(problemFromAddress("CredentialsSignin", undefined)).toBe("invalid");
    expect(problemFromAddress("Configuration", undefined)).toBe("unavailable");
    expect(problemFromAddress(undefined, "suspended")).toBeNull();
  });
});
