import "server-only";
import type { Db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { inBlockWith } from "@/server/blocks/between";
import { publicMemberSelect, toPublicMember, type PublicMember } from "@/server/partnerships/public-member";
import type { PartnershipEventType, PartnershipStatus, Prisma } from "@/generated/prisma/client";
import { partnershipNotFound } from "./access";
import { partnershipEventData } from "./events";
import { endingFor, type EndingView } from "@/shared/endings/rules";
import { capacityStatuses, type Ending } from "./rules";

export type PartnershipView = {
  id: string;
  status: PartnershipStatus;
  createdAt: Date;
  partner: PublicMember;
  timeline: { type: PartnershipEventType; at: Date; by: "you" | "partner" | null }[];
  /**
   * Who ended it and how, once it has ended (`how` is null for endings recorded before there were
   * several ways). `chosen`: a partner's chosen ending as this member may see it (never the
   * reason); ended quietly, the partner sees no message and no "by".
   */
  ending: { by: "you" | "partner" | null; how: Ending | null; chosen?: EndingView } | null;
  /** While PAUSED: the moment it picks up again (00:00 on the day it resumes, in the agreement's zone). */
  pausedUntil: Date | null;
};

export type PartnershipSummary = {
  id: string;
  status: PartnershipStatus;
  createdAt: Date;
  partner: PublicMember;
  pausedUntil: Date | null;
  /** An open review this member hasn't answered yet. */
  reviewWaitingId: string | null;
  /** A partner chose to end after one final check-in: that check-in's planned time. */
  endsAfterCheckInAt: Date | null;
  endedAt: Date | null;
  /** Whether a check-in of theirs was logged yet (the dashboard's "first check-in" step). */
  checkedIn: boolean;
};

/** Partnerships of this member, except those with a block between the two (hidden from both, like a stranger's). */
const visibleTo = (memberId: string) => ({ members: { some: { memberId }, none: { member: inBlockWith(memberId) } } }) satisfies Prisma.PartnershipWhereInput;

const partnerSelect = { select: { memberId: true, member: { select: publicMemberSelect } } } as const;

/** The running pause's planned end, for "Paused until …". */
const runningPauseSelect = { where: { status: "ACTIVE" }, select: { endsAt: true }, take: 1 } as const satisfies Prisma.Partnership$pausesArgs;
const pausedUntilOf = (row: { status: PartnershipStatus; pauses: { endsAt: Date }[] }) => (row.status === "PAUSED" ? (row.pauses[0]?.endsAt ?? null) : null);

/** One partnership as a member sees it; anyone who is not in it (or is in a block with the partner) gets NOT_FOUND. */
export async function getPartnership(db: Db, memberId: string, partnershipId: string): Promise<PartnershipView> {
  const partnership = await db.partnership.findFirst({
    where: { id: partnershipId, ...visibleTo(memberId) },
    select: {
      id: true,
      status: true,
      createdAt: true,
      members: partnerSelect,
      pauses: runningPauseSelect,
      events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { type: true, createdAt: true, actorId: true, data: true } },
      ending: true,
    },
  });
  if (!partnership) throw partnershipNotFound();
  const partner = partnership.members.find((m) => m.memberId !== memberId);
  if (!partner) throw partnershipNotFound();
  // Ended quietly: the partner is not told who chose it, on the timeline or anywhere else.
  const hidden = partnership.ending?.quietly === true && partnership.ending.endedById !== memberId;
  const chosen = partnership.ending?.status === "DONE" ? partnership.ending : null;
  const by = (actorId: string | null) => (actorId === null ? null : actorId === memberId ? "you" : "partner");
  const byOf = (event: { type: PartnershipEventType; actorId: string | null }) => (hidden && (event.type === "ENDED" || event.type === "ENDING_SCHEDULED") ? null : by(event.actorId));
  const endedBy = (actorId: string | null) => (hidden ? null : chosen ? by(chosen.endedById) : by(actorId));
  const ended = partnership.events.findLast((event) => event.type === "ENDED");
  return {
    id: partnership.id,
    status: partnership.status,
    createdAt: partnership.createdAt,
    partner: toPublicMember(partner.member),
    timeline: partnership.events.map((event) => ({
      type: event.type,
      at: event.createdAt,
      by: byOf(event),
    })),
    ending: ended
      ? { by: endedBy(ended.actorId), how: partnershipEventData.ENDED.safeParse(ended.data).data?.how ?? null, ...(chosen ? { chosen: endingFor(chosen, memberId) } : {}) }
      : null,
    pausedUntil: pausedUntilOf(partnership),
  };
}

/** The member's partnerships, newest first (bounded by capacity plus ended ones, capped). */
export async function listPartnerships(db: Db, memberId: string): Promise<PartnershipSummary[]> {
  const rows = await db.partnership.findMany({
    where: visibleTo(memberId),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 50,
    select: {
      id: true,
      status: true,
      createdAt: true,
      endedAt: true,
      members: partnerSelect,
      pauses: runningPauseSelect,
      reviews: { where: { status: "OPEN", answers: { none: { memberId } } }, orderBy: { dueAt: "desc" }, select: { id: true }, take: 1 },
      ending: { select: { status: true, finalCheckInAt: true } },
      checkIns: { select: { id: true }, take: 1 },
    },
  });
  return rows.flatMap((row) => {
    const partner = row.members.find((m) => m.memberId !== memberId);
    if (!partner) return [];
    return [
      {
        id: row.id,
        status: row.status,
        createdAt: row.createdAt,
        partner: toPublicMember(partner.member),
        pausedUntil: pausedUntilOf(row),
        reviewWaitingId: row.status === "ENDED" ? null : (row.reviews[0]?.id ?? null),
        endsAfterCheckInAt: row.ending?.status === "SCHEDULED" ? row.ending.finalCheckInAt : null,
        endedAt: row.status === "ENDED" ? row.endedAt : null,
        checkedIn: row.checkIns.length > 0,
      },
    ];
  });
}

/** How many partnerships the member takes on at once, and how many they have now. */
export async function getCapacity(db: Db, memberId: string): Promise<{ capacity: number; open: number }> {
  const [profile, open] = await Promise.all([
    db.profile.findUnique({ where: { memberId }, select: { partnershipCapacity: true } }),
    db.partnershipMember.count({ where: { memberId, status: { in: [...capacityStatuses] } } }),
  ]);
  if (!profile) throw new AppError("PRECONDITION", "Please start your questionnaire first; this setting lives with your profile.");
  return { capacity: profile.partnershipCapacity, open };
}

/**
 * Lowering the limit below the partnerships a member already has ends none of them; it only
 * stops new requests until they are under it again.
 */
export async function setCapacity(db: Db, memberId: string, capacity: number): Promise<{ capacity: number; open: number }> {
  const updated = await db.profile.updateMany({ where: { memberId }, data: { partnershipCapacity: capacity } });
  if (updated.count === 0) throw new AppError("PRECONDITION", "Please start your questionnaire first; this setting lives with your profile.");
  return getCapacity(db, memberId);
}
