import "server-only";
import type { Db, Tx } from "@/server/db/client";
import { retryOnConflict } from "@/server/db/retry";
import { AppError } from "@/server/errors";
import { endQuietly } from "@/server/partnerships/transitions";
import { closePendingBetween } from "@/server/requests/close";

export type BlockedMember = { memberId: string; displayName: string; blockedAt: Date };

const listLimit = 200;
const memberNotFound = () => new AppError("NOT_FOUND", "We couldn't find that member.");

/**
 * Row locks on both members in id order: accepting a request between them takes the same locks
 * first (requests/service.ts), so a block and an accept at the same moment run one after the
 * other, and the accept then sees the block. NO KEY UPDATE is strong enough for that, and unlike
 * FOR UPDATE it lets a partner's own move, which writes a notice referencing a member, go ahead
 * while this transaction waits for that partnership's lock.
 */
async function lockPair(tx: Tx, a: string, b: string): Promise<void> {
  await tx.$queryRawUnsafe(`SELECT id FROM member WHERE id = ANY($1::text[]) ORDER BY id FOR NO KEY UPDATE`, [a, b].sort());
}

/**
 * Blocks a member (PRODUCT.md §10), in one transaction: the block, their pending requests closed
 * both ways, and any open partnership between them ended quietly. The blocked member is told
 * nothing: closed requests read "isn't available right now", a quiet ending has no actor and no
 * notice. Blocking again changes nothing.
 */
export function blockMember(db: Db, input: { blockerId: string; blockedId: string }, now = new Date()): Promise<{ ok: true }> {
  return retryOnConflict(() => db.$transaction((tx) => blockWithin(tx, input, now)));
}

/** `blockMember` inside the caller's transaction (a report that also blocks). */
export async function blockWithin(tx: Tx, input: { blockerId: string; blockedId: string }, now: Date): Promise<{ ok: true }> {
  const { blockerId, blockedId } = input;
  if (blockerId === blockedId) throw new AppError("BAD_INPUT", "You can't block yourself.");
  await lockPair(tx, blockerId, blockedId);
  const other = await tx.member.findUnique({ where: { id: blockedId }, select: { status: true } });
  if (!other || other.status === "DELETED") throw memberNotFound();
  await tx.block.createMany({ data: [{ blockerId, blockedId, createdAt: now }], skipDuplicates: true });
  await closePendingBetween(tx, blockerId, blockedId, now);
  await endQuietly(tx, { memberId: blockerId, otherId: blockedId }, now);
  return { ok: true };
}

/** Removes one of the member's own blocks. Nothing that the block ended comes back. */
export async function unblockMember(db: Db, input: { blockerId: string; blockedId: string }): Promise<{ ok: true }> {
  const removed = await db.block.deleteMany({ where: { blockerId: input.blockerId, blockedId: input.blockedId } });
  if (removed.count === 0) throw memberNotFound();
  return { ok: true };
}

/** The members this member blocked, newest first: their name as it is now, never their email. */
export async function listBlocks(db: Db, blockerId: string): Promise<BlockedMember[]> {
  const rows = await db.block.findMany({
    where: { blockerId },
    orderBy: [{ createdAt: "desc" }, { blockedId: "asc" }],
    take: listLimit,
    select: { createdAt: true, blocked: { select: { id: true, displayName: true, status: true } } },
  });
  return rows.map(({ createdAt, blocked }) => ({
    memberId: blocked.id,
    displayName: blocked.status === "DELETED" ? "A former member" : blocked.displayName,
    blockedAt: createdAt,
  }));
}
