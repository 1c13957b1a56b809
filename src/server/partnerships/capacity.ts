import "server-only";
import type { Tx } from "@/server/db/client";
import { capacityStatuses } from "./rules";

/** DRAFTING, ACTIVE and PAUSED partnerships of each member, counted inside the caller's transaction. */
async function openPartnershipCounts(tx: Tx, memberIds: string[]): Promise<Map<string, number>> {
  const rows = await tx.partnershipMember.groupBy({
    by: ["memberId"],
    where: { memberId: { in: memberIds }, status: { in: [...capacityStatuses] } },
    _count: { _all: true },
  });
  return new Map(rows.map((row) => [row.memberId, row._count._all]));
}

export type Room = { open: number; capacity: number };

/**
 * Each member's open partnerships and capacity setting (1 without a profile), read in the caller's
 * transaction; lock the members first when the answer decides a write.
 */
export async function partnershipRoom(tx: Tx, memberIds: string[]): Promise<(memberId: string) => Room> {
  const [open, profiles] = await Promise.all([
    openPartnershipCounts(tx, memberIds),
    tx.profile.findMany({ where: { memberId: { in: memberIds } }, select: { memberId: true, partnershipCapacity: true } }),
  ]);
  const capacity = new Map(profiles.map((p) => [p.memberId, p.partnershipCapacity]));
  return (memberId) => ({ open: open.get(memberId) ?? 0, capacity: capacity.get(memberId) ?? 1 });
}
