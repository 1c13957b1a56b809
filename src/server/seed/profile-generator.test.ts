import { describe, expect, it } from "vitest";
import { stepSchemas } from "@/shared/onboarding/schemas";
import { generateProfile } from "./profile-generator";

describe("generateProfile", () => {
  it("makes valid answers for every step", async () => {
    for (let i = 0; i < 300; i++) {
      const { answers } = generateProfile(i);
      for (const [step, schema] of Object.entries(stepSchemas)) {
        const result = await schema.safeParseAsync(answers[step as keyof typeof answers]);
        expect(result.success, `profile ${i}, step ${step}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
      }
    }
  });

  it("is the same person every run and varied across people", () => {
    expect(generateProfile(7)).toEqual(generateProfile(7));
    const zones = new Set(Array.from({ length: 200 }, (_, i) => generateProfile(i).timezone));
    expect(zones.size).toBeGreaterThan(20);
  });
});
