import "server-only";
import type { Db, Tx } from "@/server/db/client";
import { retryOnConflict } from "@/server/db/retry";

/** Marks the given PENDING requests EXPIRED (with their events); `due` selects them, locking `FOR UPDATE SKIP LOCKED`. */
async function expire(tx: Tx, due: string, ...params: unknown[]): Promise<number> {
  // `= ANY(ARRAY(…))`, not `IN (…)`: with IN the planner joins the locked ids against a sequential
  // scan of every request ever sent (bench:explain); this looks each one up by its primary key.
  const expired = await tx.$queryRawUnsafe<{ id: string }[]>(
    `UPDATE match_request SET status = 'EXPIRED', "updatedAt" = $1 WHERE id = ANY(ARRAY(${due})) RETURNING id`,
    ...params,
  );
  if (expired.length) await tx.matchRequestEvent.createMany({ data: expired.map(({ id }) => ({ requestId: id, type: "EXPIRED" as const })) });
  return expired.length;
}

/**
 * Marks the due PENDING requests of these members EXPIRED now, so counts and the one-pending-
 * per-pair rule never wait for the expiry job. Rows another transaction holds are left to it.
 */
export async function expireDueFor(tx: Tx, memberIds: string[], now: Date): Promise<void> {
  await expire(
    tx,
    `SELECT id FROM match_request
     WHERE status = 'PENDING' AND "expiresAt" <= $1 AND ("senderId" = ANY($2::text[]) OR "recipientId" = ANY($2::text[]))
     FOR UPDATE SKIP LOCKED`,
    now,
    memberIds,
  );
}

/** Expires every due request in batches; the expiry job calls this. Safe to run twice at once. */
export async function expireDueRequests(db: Db, now = new Date(), batchSize = 500): Promise<number> {
  let total = 0;
  for (;;) {
    const count = await retryOnConflict(() =>
      db.$transaction((tx) =>
        expire(tx, `SELECT id FROM match_request WHERE status = 'PENDING' AND "expiresAt" <= $1 ORDER BY "expiresAt" LIMIT $2 FOR UPDATE SKIP LOCKED`, now, batchSize),
      ),
    );
    total += count;
    if (count < batchSize) return total;
  }
}
