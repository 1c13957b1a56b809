import "server-only";
import type { Db } from "@/server/db/client";
import { upcomingStarts } from "@/shared/check-ins/upcoming";
import { memberCheckIns, partnershipCheckIns, type CheckInSource } from "./check-in-source";

export type UpcomingCheckIns = {
  partnershipId: string;
  status: "ACTIVE" | "PAUSED";
  partner: { displayName: string; timezone: string };
  /** The next few check-ins (none while paused). */
  starts: Date[];
};

const upcomingOf = (source: CheckInSource, now: Date): UpcomingCheckIns => ({
  partnershipId: source.partnershipId,
  status: source.status,
  partner: source.partner,
  starts: upcomingStarts(source.rhythm, { now, paused: source.paused }),
});

/**
 * The next check-ins of one partnership (strangers get NOT_FOUND) or of all the member's active
 * and paused ones. A partnership without an agreement in force has none and is left out.
 */
export async function upcomingCheckIns(db: Db, memberId: string, partnershipId: string | undefined, now = new Date()): Promise<UpcomingCheckIns[]> {
  if (partnershipId === undefined) return (await memberCheckIns(db, memberId)).map((source) => upcomingOf(source, now));
  const source = await partnershipCheckIns(db, memberId, partnershipId);
  return source ? [upcomingOf(source, now)] : [];
}
