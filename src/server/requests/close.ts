import "server-only";
import type { Tx } from "@/server/db/client";

/**
 * Closes pending requests (→ CLOSED, with a CLOSED event and no actor). The sender reads CLOSED as
 * "This match isn't available right now", which says nothing about why.
 */
async function closePendingWhere(tx: Tx, condition: string, params: unknown[], now: Date): Promise<string[]> {
  const closed = await tx.$queryRawUnsafe<{ id: string }[]>(
    `UPDATE match_request SET status = 'CLOSED', "respondedAt" = $1, "updatedAt" = $1
     WHERE status = 'PENDING' AND (${condition}) RETURNING id`,
    now,
    ...params,
  );
  if (closed.length) await tx.matchRequestEvent.createMany({ data: closed.map(({ id }) => ({ requestId: id, type: "CLOSED" as const })) });
  return closed.map(({ id }) => id);
}

/** Every pending request of these members, to or from anyone (they have no room left). */
export async function closeOtherRequests(tx: Tx, memberIds: string[], now: Date): Promise<void> {
  if (!memberIds.length) return;
  await closePendingWhere(tx, `"senderId" = ANY($2::text[]) OR "recipientId" = ANY($2::text[])`, [memberIds], now);
}

/** The pending requests between two members, in both directions. Returns their ids. */
export function closePendingBetween(tx: Tx, a: string, b: string, now: Date): Promise<string[]> {
  return closePendingWhere(tx, `("senderId" = $2 AND "recipientId" = $3) OR ("senderId" = $3 AND "recipientId" = $2)`, [a, b], now);
}
