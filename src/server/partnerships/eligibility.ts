import "server-only";
import type { Tx } from "@/server/db/client";
import { declineHiddenDays } from "@/shared/matching/limits";

/**
 * "May these two members meet?" — the one rule that candidate generation (in SQL) and requests
 * (for one pair, inside their locked transaction) both run. Two members may not meet when:
 * - the other is not listed: suspended, deleted or unverified (INACTIVE), or not open to matching
 *   with a finished questionnaire (NOT_OPEN), as `matching_pool` mirrors them;
 * - either has blocked the other (BLOCKED);
 * - a request between them is waiting, sent by the member (PENDING_SENT) or to them (PENDING_RECEIVED);
 * - either declined the other's request within `declineHiddenDays` (DECLINED);
 * - they share an open partnership (PARTNERS), or one that ended with "don't suggest us again"
 *   (ENDED_APART, which every ending of a draft sets: not-going-ahead.ts).
 */
export type PairBarrier = "INACTIVE" | "NOT_OPEN" | "BLOCKED" | "PENDING_SENT" | "PENDING_RECEIVED" | "DECLINED" | "PARTNERS" | "ENDED_APART";

/** A `matching_pool` row (under `alias`) of a member others may meet at all. */
export const listedSql = (alias: string) => `${alias}.open AND ${alias}.active`;

/**
 * The members `member` may not meet because of what lies between them, as rows ("memberId",
 * reason), all found through indexes. Arguments are SQL parameter placeholders: the member's id,
 * now (timestamptz) and the days a decline hides a pair (int).
 */
export const pairBarriersSql = (member: string, now: string, declineDays: string) => `
  SELECT b."blockedId" AS "memberId", 'BLOCKED' AS reason FROM block b WHERE b."blockerId" = ${member}
  UNION ALL
  SELECT b."blockerId", 'BLOCKED' FROM block b WHERE b."blockedId" = ${member}
  UNION ALL
  SELECT CASE WHEN r."senderId" = ${member} THEN r."recipientId" ELSE r."senderId" END,
         CASE WHEN r.status = 'DECLINED' THEN 'DECLINED' WHEN r."senderId" = ${member} THEN 'PENDING_SENT' ELSE 'PENDING_RECEIVED' END
  FROM match_request r
  WHERE (r."senderId" = ${member} OR r."recipientId" = ${member})
    AND ((r.status = 'PENDING' AND r."expiresAt" > ${now}::timestamptz)
      OR (r.status = 'DECLINED' AND r."respondedAt" > ${now}::timestamptz - make_interval(days => ${declineDays}::int)))
  UNION ALL
  SELECT other."memberId", CASE WHEN matching_takes_capacity(p.status) THEN 'PARTNERS' ELSE 'ENDED_APART' END
  FROM partnership_member mine
  JOIN partnership p ON p.id = mine."partnershipId"
  JOIN partnership_member other ON other."partnershipId" = p.id AND other."memberId" <> ${member}
  WHERE mine."memberId" = ${member} AND (matching_takes_capacity(p.status) OR p."doNotRematch")`;

/** Everything that keeps `memberId` from meeting `otherId` now; empty when they may. */
export async function pairBarriers(tx: Tx, pair: { memberId: string; otherId: string }, now: Date): Promise<Set<PairBarrier>> {
  const rows = await tx.$queryRawUnsafe<{ reason: PairBarrier }[]>(
    `SELECT x.reason FROM (${pairBarriersSql("$1", "$3", "$4")}) x WHERE x."memberId" = $2
     UNION ALL
     SELECT unnest(CASE WHEN c."memberId" IS NULL THEN ARRAY['INACTIVE', 'NOT_OPEN']
                        ELSE array_remove(ARRAY[CASE WHEN NOT c.active THEN 'INACTIVE' END, CASE WHEN NOT c.open THEN 'NOT_OPEN' END], NULL) END)
     FROM (SELECT 1) one LEFT JOIN matching_pool c ON c."memberId" = $2`,
    pair.memberId,
    pair.otherId,
    now.toISOString(),
    declineHiddenDays,
  );
  return new Set(rows.map((row) => row.reason));
}
