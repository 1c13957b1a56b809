import "server-only";
import type { Db } from "@/server/db/client";
import { maxPendingIncoming, maxPendingOutgoing } from "@/shared/matching/limits";
import { publicMemberSelect, toPublicMember, type PublicMember } from "@/server/partnerships/public-member";
import { inBlockWith } from "@/server/blocks/between";
import * as rules from "./rules";
import { type WhyYouMightFit, whyYouMightFit } from "./why";

const dayMs = 24 * 60 * 60_000;
/** Answered outgoing requests stay listed for the sender this long. */
const outcomeListDays = 30;

/** A pending request to the member, with what their suggestion card would say about the sender (null when the scorer can't say this week). */
export type IncomingRequest = { id: string; from: PublicMember; note: string | null; sentAt: Date; expiresAt: Date; why: WhyYouMightFit | null };
/** What became of a request to the member, in the recipient's words: never anything the sender keeps to themselves. */
export type PastOutcome = "ACCEPTED" | "DECLINED" | "WITHDRAWN" | "EXPIRED" | "NO_LONGER_AVAILABLE";
/** A request to the member that is no longer waiting: when it came, and when it ended. */
export type PastIncomingRequest = { id: string; from: PublicMember; sentAt: Date; endedAt: Date; outcome: PastOutcome; partnershipId: string | null };
export type OutgoingRequest = {
  id: string;
  to: PublicMember;
  note: string | null;
  sentAt: Date;
  expiresAt: Date;
  outcome: rules.PublicOutcome;
  partnershipId: string | null;
};
export type RequestLists = {
  incoming: IncomingRequest[];
  outgoing: OutgoingRequest[];
  /** Requests to the member from the last month that are no longer waiting, newest first. */
  pastIncoming: PastIncomingRequest[];
  limits: { pendingIncoming: number; pendingOutgoing: number; maxPendingIncoming: number; maxPendingOutgoing: number };
};

/**
 * Pending requests to the member, and their own requests: pending plus the last month's outcomes.
 * Requests with someone in a block with the member (either way) are not listed.
 */
export async function listRequests(db: Db, memberId: string, now = new Date()): Promise<RequestLists> {
  const since = new Date(now.getTime() - outcomeListDays * dayMs);
  const [incomingRows, outgoingRows, pastRows] = await Promise.all([
    db.matchRequest.findMany({
      where: { recipientId: memberId, status: "PENDING", expiresAt: { gt: now }, NOT: { sender: inBlockWith(memberId) } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: maxPendingIncoming * 2,
      select: { id: true, note: true, createdAt: true, expiresAt: true, sender: { select: publicMemberSelect } },
    }),
    db.matchRequest.findMany({
      where: { senderId: memberId, OR: [{ status: "PENDING" }, { updatedAt: { gte: since } }], NOT: { recipient: inBlockWith(memberId) } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 30,
      select: {
        id: true,
        note: true,
        status: true,
        createdAt: true,
        expiresAt: true,
        recipient: { select: publicMemberSelect },
        partnership: { select: { id: true } },
      },
    }),
    db.matchRequest.findMany({
      where: {
        recipientId: memberId,
        OR: [{ status: { not: "PENDING" } }, { expiresAt: { lte: now } }],
        updatedAt: { gte: since },
        NOT: { sender: inBlockWith(memberId) },
      },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: 30,
      select: {
        id: true,
        status: true,
        createdAt: true,
        updatedAt: true,
        expiresAt: true,
        respondedAt: true,
        sender: { select: publicMemberSelect },
        partnership: { select: { id: true } },
      },
    }),
  ]);
  const why = await whyYouMightFit(
    db,
    memberId,
    incomingRows.map((row) => row.sender.id),
    now,
  );
  const outgoing = outgoingRows.map((row) => {
    const outcome = rules.outcomeForSender(row, now);
    return {
      id: row.id,
      to: toPublicMember(row.recipient),
      note: row.note,
      sentAt: row.createdAt,
      expiresAt: row.expiresAt,
      outcome,
      partnershipId: outcome === "ACCEPTED" ? (row.partnership?.id ?? null) : null,
    };
  });
  return {
    incoming: incomingRows.map((row) => ({
      id: row.id,
      from: toPublicMember(row.sender),
      note: row.note,
      sentAt: row.createdAt,
      expiresAt: row.expiresAt,
      why: why.get(row.sender.id) ?? null,
    })),
    outgoing,
    pastIncoming: pastRows.map((row) => {
      const outcome = rules.outcomeForRecipient(row, now);
      return {
        id: row.id,
        from: toPublicMember(row.sender),
        sentAt: row.createdAt,
        endedAt: outcome === "EXPIRED" ? row.expiresAt : (row.respondedAt ?? row.updatedAt),
        outcome,
        partnershipId: outcome === "ACCEPTED" ? (row.partnership?.id ?? null) : null,
      };
    }),
    limits: {
      pendingIncoming: incomingRows.length,
      pendingOutgoing: outgoing.filter((r) => r.outcome === "PENDING").length,
      maxPendingIncoming,
      maxPendingOutgoing,
    },
  };
}
