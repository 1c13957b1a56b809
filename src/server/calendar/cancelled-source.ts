import "server-only";
import type { Db } from "@/server/db/client";
import { appUrl } from "@/server/mail/compose";
import { rhythmOfVersion } from "@/shared/check-ins/rhythm";
import type { CheckInEvent } from "./ics";

/** How long a member's feed keeps cancelled copies: long enough for any calendar app to have polled. */
export const cancelledWindowDays = 30;

/** A member has a few partnerships and few amendments a month; this bounds the read all the same. */
const cancelledLimit = 20;

/**
 * A cancellation names the partner the same neutral way whatever ended it (an ending, a block, a
 * suspension, an amendment), so it says nothing about why and shows no name someone may have
 * blocked.
 */
export const cancelledPartnerName = "your partner";

/**
 * The check-in events a member's calendar may still hold that no longer apply, from the last
 * `cancelledWindowDays`: versions an amendment replaced, and the version in force of a partnership
 * that ended (however it ended). The feed lists them as cancelled so calendar apps drop them; after
 * the window they are simply absent.
 */
export async function cancelledCheckIns(db: Db, memberId: string, now: Date): Promise<Omit<CheckInEvent, "stamp">[]> {
  const since = new Date(now.getTime() - cancelledWindowDays * 24 * 60 * 60 * 1000);
  const versions = await db.agreementVersion.findMany({
    where: {
      partnership: { members: { some: { memberId } } },
      OR: [
        { status: "SUPERSEDED", closedAt: { gte: since, lte: now } },
        { status: "IN_FORCE", partnership: { status: "ENDED", endedAt: { gte: since, lte: now } } },
      ],
    },
    orderBy: [{ closedAt: "desc" }, { number: "desc" }],
    take: cancelledLimit,
    select: { partnershipId: true, number: true, content: true, inForceAt: true, createdAt: true },
  });
  return versions.flatMap((version) => {
    const rhythm = rhythmOfVersion(version.content, version.inForceAt ?? version.createdAt);
    if (rhythm.kind !== "rhythm") return [];
    return [
      {
        partnershipId: version.partnershipId,
        version: version.number,
        rhythm,
        partnerName: cancelledPartnerName,
        partnershipUrl: appUrl(`/partnerships/${version.partnershipId}`),
      },
    ];
  });
}
