import "server-only";
import type { Db } from "@/server/db/client";
import { inBlockWith } from "@/server/blocks/between";
import { AppError } from "@/server/errors";
import { passHiddenDays } from "@/shared/matching/limits";

const dayMs = 24 * 60 * 60_000;
const listLimit = 100;

export type PassedMember = { memberId: string; displayName: string; passedAt: Date; hiddenUntil: Date };

const memberNotFound = () => new AppError("NOT_FOUND", "We couldn't find that member.");

/** Passes older than this no longer hide anyone. */
const windowStart = (now: Date) => new Date(now.getTime() - passHiddenDays * dayMs);

/**
 * "Not for me": hides a member from the passer's suggestions for `passHiddenDays` (candidates.ts
 * leaves them out, as it does a recent decline). They are never told, and nothing else changes:
 * they may still see and ask the passer. Passing again while a pass is in force changes nothing;
 * after it has lapsed, it starts a new one. Strangers to the app (unknown, deleted) and members
 * with a block between them are NOT_FOUND, as everywhere else.
 */
export async function passMember(db: Db, input: { memberId: string; passedId: string }, now = new Date()): Promise<{ ok: true }> {
  const { memberId, passedId } = input;
  if (memberId === passedId) throw new AppError("BAD_INPUT", "You can't pass on yourself.");
  return db.$transaction(async (tx) => {
    const other = await tx.member.findFirst({ where: { id: passedId, status: { not: "DELETED" }, NOT: inBlockWith(memberId) }, select: { id: true } });
    if (!other) throw memberNotFound();
    // One statement, safe under concurrency: a second pass at the same moment meets the primary
    // key and either refreshes a lapsed pass or leaves the one in force as it is.
    await tx.$executeRawUnsafe(
      `INSERT INTO passed_member ("memberId", "passedId", "createdAt") VALUES ($1, $2, $3::timestamptz)
       ON CONFLICT ("memberId", "passedId") DO UPDATE SET "createdAt" = EXCLUDED."createdAt"
       WHERE passed_member."createdAt" <= $4::timestamptz`,
      memberId,
      passedId,
      now.toISOString(),
      windowStart(now).toISOString(),
    );
    return { ok: true as const };
  });
}

/** Undoes one of the member's own passes, so the person can be suggested again. */
export async function unpassMember(db: Db, input: { memberId: string; passedId: string }): Promise<{ ok: true }> {
  const removed = await db.passedMember.deleteMany({ where: { memberId: input.memberId, passedId: input.passedId } });
  if (removed.count === 0) throw new AppError("NOT_FOUND", "You haven't passed on that member, so there's nothing to undo.");
  return { ok: true };
}

/**
 * The people the member passed on whose pass is still in force, newest first: their name as it is
 * now, never their email. Members since deleted, or with a block between them, are left out.
 */
export async function listPassed(db: Db, memberId: string, now = new Date()): Promise<PassedMember[]> {
  const rows = await db.passedMember.findMany({
    where: { memberId, createdAt: { gt: windowStart(now) }, passed: { status: { not: "DELETED" }, NOT: inBlockWith(memberId) } },
    orderBy: [{ createdAt: "desc" }, { passedId: "asc" }],
    take: listLimit,
    select: { createdAt: true, passed: { select: { id: true, displayName: true } } },
  });
  return rows.map(({ createdAt, passed }) => ({
    memberId: passed.id,
    displayName: passed.displayName,
    passedAt: createdAt,
    hiddenUntil: new Date(createdAt.getTime() + passHiddenDays * dayMs),
  }));
}
