import "server-only";
import type { Tx } from "@/server/db/client";
import type { Notice } from "@/server/notifications/service";
import type { PartnershipAccess } from "@/server/partnerships/access";
import { nextOccurrence } from "@/shared/check-ins/occurrences";
import { rhythmOfVersion } from "@/shared/check-ins/rhythm";
import { plannedPausePeriods } from "@/server/partnerships/planned-pauses";

/** An extension still waiting when its pause ends has nothing left to lengthen. */
export async function withdrawPendingExtensions(tx: Tx, pauseId: string, now: Date): Promise<void> {
  await tx.partnershipPause.updateMany({ where: { extendsId: pauseId, status: "REQUESTED" }, data: { status: "WITHDRAWN", endedAt: now } });
}

/** The next check-in once a pause is over, outside any pause still planned; null without a rhythm. */
export async function nextCheckInAfterPause(tx: Tx, partnershipId: string, now: Date): Promise<Date | null> {
  const version = await tx.agreementVersion.findFirst({ where: { partnershipId, status: "IN_FORCE" }, select: { content: true, inForceAt: true, createdAt: true } });
  if (!version) return null;
  const rhythm = rhythmOfVersion(version.content, version.inForceAt ?? version.createdAt);
  if (rhythm.kind !== "rhythm") return null;
  const planned = await plannedPausePeriods(tx, [partnershipId]);
  return nextOccurrence(rhythm, { after: now, paused: planned.get(partnershipId) ?? [] })?.start ?? null;
}

/** "Welcome back" to each partner, with their next check-in in their own zone. */
export async function resumeNotices(tx: Tx, access: PartnershipAccess, now: Date): Promise<Notice[]> {
  const partnershipId = access.partnership.id;
  const next = await nextCheckInAfterPause(tx, partnershipId, now);
  const members = await tx.member.findMany({ where: { id: { in: [access.member.memberId, access.partner.memberId] } }, select: { id: true, timezone: true }, orderBy: { id: "asc" } });
  return members.map((m) => ({ memberId: m.id, type: "PAUSE_RESUMED", data: { partnershipId, next: next?.getTime() ?? null, timeZone: m.timezone } }));
}
