import "server-only";
import { hashPassword } from "@/server/auth/password";
import type { Db } from "@/server/db/client";

/** The demo members a fresh local Tandem starts with; their passwords are printed at start. */
export const demoMembers = [
  { email: "alex@demo.tandem.local", displayName: "Alex", timezone: "America/New_York", password: "calm-harbor-morning-42" },
  { email: "sam@demo.tandem.local", displayName: "Sam", timezone: "Europe/London", password: "quiet-river-evening-17" },
] as const;

/** Seeds demo data into an empty database; returns false (and writes nothing) otherwise. */
export async function seedDemo(db: Db): Promise<boolean> {
  if ((await db.member.count()) > 0) return false;
  const members = await Promise.all(
    demoMembers.map(async ({ password, ...member }) => ({ ...member, passwordHash: await hashPassword(password), emailVerifiedAt: new Date() })),
  );
  await db.member.createMany({ data: members, skipDuplicates: true });
  return true;
}
