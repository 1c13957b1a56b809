import "server-only";
import { randomUUID } from "node:crypto";
import { hashPassword } from "@/server/accounts/password";
import type { Db } from "@/server/db/client";
import { seedGeneratedMembers } from "./bulk-profiles";

/** The demo members a fresh local Tandem starts with; their passwords are printed at start. */
export const demoMembers = [
  { email: "alex@demo.tandem.local", displayName: "Alex", timezone: "America/New_York", password: "calm-harbor-morning-42" },
  { email: "sam@demo.tandem.local", displayName: "Sam", timezone: "Europe/London", password: "quiet-river-evening-17" },
] as const;

/** How many generated members a demo starts with, so suggestions have people in them. */
export const demoProfileCount = 200;

/**
 * Seeds demo data into an empty database; returns false (and writes nothing) otherwise. The two
 * demo members have not done onboarding yet, so a visitor can try it; the generated members have.
 */
export async function seedDemo(db: Db): Promise<boolean> {
  if ((await db.member.count()) > 0) return false;
  const members = await Promise.all(
    demoMembers.map(async ({ password, ...member }) => ({ ...member, passwordHash: await hashPassword(password), emailVerifiedAt: new Date() })),
  );
  await db.member.createMany({ data: members, skipDuplicates: true });
  // Nobody signs in as a generated member, so they share one hash of a random password.
  await seedGeneratedMembers(db, { count: demoProfileCount, passwordHash: await hashPassword(randomUUID()) });
  return true;
}

/** `npm run db:seed -- --members N`: N more generated members, numbered after those already there. */
export async function seedMoreMembers(db: Db, count: number): Promise<number> {
  const existing = await db.member.count({ where: { email: { startsWith: "member-", endsWith: "@demo.tandem.local" } } });
  return seedGeneratedMembers(db, { count, startIndex: existing, passwordHash: await hashPassword(randomUUID()) });
}
