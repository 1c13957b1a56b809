import "server-only";
import type { Tx } from "@/server/db/client";
import type { PausedPeriod } from "@/shared/check-ins/occurrences";

/**
 * Planned and running pauses as periods, by partnership: a SCHEDULED or ACTIVE pause row knows its
 * planned end, which the timeline's PAUSED event does not, so the check-ins after it (and none in
 * it) can be shown, counted and put in calendars ahead of time. It sits with the partnership, below
 * the check-ins, calendars and pauses that all read it, so none of them imports another upwards.
 */
export async function plannedPausePeriods(tx: Pick<Tx, "partnershipPause">, partnershipIds: readonly string[]): Promise<Map<string, PausedPeriod[]>> {
  const rows = partnershipIds.length
    ? await tx.partnershipPause.findMany({
        where: { partnershipId: { in: [...partnershipIds] }, status: { in: ["SCHEDULED", "ACTIVE"] } },
        select: { partnershipId: true, startsAt: true, endsAt: true },
      })
    : [];
  const periods = new Map<string, PausedPeriod[]>();
  for (const row of rows) periods.set(row.partnershipId, [...(periods.get(row.partnershipId) ?? []), { start: row.startsAt, end: row.endsAt }]);
  return periods;
}
