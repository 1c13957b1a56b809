import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { getOnboardingState } from "@/server/onboarding/service";
import { stepSchemas } from "@/shared/onboarding/schemas";
import { seedGeneratedMembers } from "./bulk-profiles";

const db = getDb();

describe("seedGeneratedMembers", () => {
  it("inserts onboarded, open members whose answers read back valid, with this and next week's availability", async () => {
    const startIndex = 900_000 + Math.floor(Math.random() * 50_000);
    await seedGeneratedMembers(db, { count: 25, startIndex, passwordHash: "unused-hash" });
    const members = await db.member.findMany({ where: { email: { startsWith: `member-${startIndex}` } }, select: { id: true } });
    expect(members).toHaveLength(1);
    const seeded = await db.profile.findMany({ where: { member: { email: { in: Array.from({ length: 25 }, (_, i) => `member-${startIndex + i}@demo.tandem.local`) } } } });
    expect(seeded).toHaveLength(25);
    for (const profile of seeded) {
      expect(profile).toMatchObject({ completedSteps: 6, openToMatching: true });
      const state = await getOnboardingState(db, profile.memberId);
      for (const [step, schema] of Object.entries(stepSchemas)) {
        expect((await schema.safeParseAsync(state.answers[step as keyof typeof state.answers])).success, step).toBe(true);
      }
    }
    const weeks = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM availability_week WHERE "memberId" = ANY(${seeded.map((p) => p.memberId)}) AND bit_count(bits) > 0`;
    expect(weeks[0]?.n).toBe(50);
  });
});
