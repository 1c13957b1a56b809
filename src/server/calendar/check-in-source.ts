import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { partnershipBlockedSql } from "@/server/blocks/between";
import type { Db } from "@/server/db/client";
import { appUrl } from "@/server/mail/compose";
import { readPartnership } from "@/server/partnerships/access";
import type { PartnershipStatus } from "@/server/partnerships/rules";
import type { PausedPeriod } from "@/shared/check-ins/occurrences";
import { pausedPeriods } from "@/shared/check-ins/pauses";
import { plannedPausePeriods } from "@/server/partnerships/planned-pauses";
import { rhythmOfVersion, type Rhythm } from "@/shared/check-ins/rhythm";
import type { CheckInEvent } from "./ics";

/**
 * What a member's check-ins come from, per partnership: the rhythm of the agreement in force, the
 * paused periods, and the partner as both members see them (display name and timezone, never an
 * email). Read without row locks: these are read paths (downloads, the feed, pages), and a
 * partnership with a block between its two members is invisible here exactly as in `lockPartnership`.
 */
export type CheckInSource = {
  partnershipId: string;
  status: "ACTIVE" | "PAUSED";
  /** The agreement version in force. */
  version: number;
  rhythm: Rhythm;
  partner: { displayName: string; timezone: string };
  paused: PausedPeriod[];
};

type Visible = { id: string; status: PartnershipStatus };

/** A member has a few partnerships at most (capacity ≤ 3); this bounds the feed's reads all the same. */
export const sourcesLimit = 10;

const blockedPartnership = Prisma.raw(partnershipBlockedSql("p.id"));

/** The active or paused partnerships this member is in and may see, newest first. */
function visiblePartnerships(db: Db, memberId: string): Promise<Visible[]> {
  return db.$queryRaw<Visible[]>`
    SELECT p.id, p.status::text AS status FROM partnership p
    WHERE EXISTS (SELECT 1 FROM partnership_member pm WHERE pm."partnershipId" = p.id AND pm."memberId" = ${memberId})
      AND p.status IN ('ACTIVE', 'PAUSED')
      AND NOT ${blockedPartnership}
    ORDER BY p."createdAt" DESC
    LIMIT ${sourcesLimit}`;
}

/** Check-in sources of the given (visible, active or paused) partnerships; those without a usable rhythm drop out. */
async function sourcesOf(db: Db, memberId: string, partnerships: Visible[]): Promise<CheckInSource[]> {
  if (partnerships.length === 0) return [];
  const ids = partnerships.map((p) => p.id);
  const [versions, partners, marks, planned] = await Promise.all([
    db.agreementVersion.findMany({
      where: { partnershipId: { in: ids }, status: "IN_FORCE" },
      select: { partnershipId: true, number: true, content: true, inForceAt: true, createdAt: true },
    }),
    db.partnershipMember.findMany({
      where: { partnershipId: { in: ids }, memberId: { not: memberId } },
      select: { partnershipId: true, member: { select: { displayName: true, timezone: true } } },
    }),
    db.partnershipEvent.findMany({
      where: { partnershipId: { in: ids }, type: { in: ["PAUSED", "RESUMED", "ENDED"] } },
      select: { partnershipId: true, type: true, createdAt: true },
    }),
    plannedPausePeriods(db, ids),
  ]);
  const sources: CheckInSource[] = [];
  for (const { id, status } of partnerships) {
    const version = versions.find((v) => v.partnershipId === id);
    const partner = partners.find((p) => p.partnershipId === id)?.member;
    if (!version || !partner || (status !== "ACTIVE" && status !== "PAUSED")) continue;
    const rhythm = rhythmOfVersion(version.content, version.inForceAt ?? version.createdAt);
    if (rhythm.kind !== "rhythm") continue;
    sources.push({
      partnershipId: id,
      status,
      version: version.number,
      rhythm,
      partner: { displayName: partner.displayName, timezone: partner.timezone },
      paused: pausedPeriods(marks.filter((m) => m.partnershipId === id), planned.get(id)),
    });
  }
  return sources;
}

/**
 * One partnership's check-ins for one of its members: null while none apply (no agreement in
 * force, or not active or paused). Strangers, and both members of a blocked partnership, get
 * NOT_FOUND, as for an id that doesn't exist.
 */
export async function partnershipCheckIns(db: Db, memberId: string, partnershipId: string): Promise<CheckInSource | null> {
  const { partnership } = await readPartnership(db, partnershipId, memberId);
  const [source] = await sourcesOf(db, memberId, [partnership]);
  return source ?? null;
}

/** Every active or paused partnership's check-ins of this member (ended and blocked ones are absent). */
export async function memberCheckIns(db: Db, memberId: string): Promise<CheckInSource[]> {
  return sourcesOf(db, memberId, await visiblePartnerships(db, memberId));
}

/** The calendar event of a source, without its DTSTAMP (ics.ts decides UID and SEQUENCE from the version). */
export function checkInEventOf(source: CheckInSource): Omit<CheckInEvent, "stamp"> {
  return {
    partnershipId: source.partnershipId,
    version: source.version,
    rhythm: source.rhythm,
    partnerName: source.partner.displayName,
    partnershipUrl: appUrl(`/partnerships/${source.partnershipId}`),
    paused: source.paused,
  };
}
