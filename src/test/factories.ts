import { randomBytes } from "node:crypto";
import type { Db } from "@/server/db/client";

/** A real argon2id hash of "correct-horse-battery-9", so factories need not hash per member. */
export const testPassword = "correct-horse-battery-9";
let cachedHash: string | undefined;

async function testPasswordHash(): Promise<string> {
  const { hashPassword } = await import("@/server/accounts/password");
  return (cachedHash ??= await hashPassword(testPassword));
}

export function uniqueEmail(label = "member"): string {
  return `${label}-${randomBytes(5).toString("hex")}@example.test`;
}

export async function createMember(db: Db, overrides: Partial<{ email: string; displayName: string; timezone: string; verified: boolean }> = {}) {
  return db.member.create({
    data: {
      email: overrides.email ?? uniqueEmail(),
      displayName: overrides.displayName ?? "Test Member",
      timezone: overrides.timezone ?? "Europe/Berlin",
      passwordHash: await testPasswordHash(),
      emailVerifiedAt: overrides.verified === false ? null : new Date(),
    },
  });
}
