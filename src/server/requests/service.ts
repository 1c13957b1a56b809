import "server-only";
import type { Db, Tx } from "@/server/db/client";
import { retryOnConflict } from "@/server/db/retry";
import { AppError } from "@/server/errors";
import { Prisma, type MatchRequestEventType, type MatchRequestStatus } from "@/generated/prisma/client";
import { loadSelf } from "@/server/matching/candidates";
import { declineHiddenDays, maxPendingIncoming, maxPendingOutgoing } from "@/server/matching/limits";
import { publicMemberSelect, toPublicMember, type PublicMember } from "@/server/matching/public-profile";
import { scoreMatch } from "@/server/matching/scorer";
import { notify } from "@/server/notifications/service";
import { weekStartUtc } from "@/server/onboarding/availability";
import { atCapacity, capacityStatuses } from "@/server/partnerships/rules";
import { createPartnership, openPartnershipCounts } from "@/server/partnerships/service";
import * as rules from "./rules";
import type { zSendRequestInput } from "./schemas";
import type { z } from "zod";

const dayMs = 24 * 60 * 60_000;
/** Answered outgoing requests stay listed for the sender this long. */
const outcomeListDays = 30;

const notFound = () => new AppError("NOT_FOUND", "We couldn't find that request.");
const unreachable = () => new AppError("NOT_FOUND", "We couldn't find that member, or they aren't taking requests right now.");

/** Row locks on both members, always in id order, so concurrent requests between them queue up. */
async function lockMembers(tx: Tx, memberIds: string[]): Promise<void> {
  const sorted = [...new Set(memberIds)].sort();
  await tx.$queryRawUnsafe(`SELECT id FROM member WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE`, sorted);
}

async function recordEvent(tx: Tx, requestId: string, type: MatchRequestEventType, actorId: string | null): Promise<void> {
  await tx.matchRequestEvent.create({ data: { requestId, type, actorId } });
}

/**
 * Marks the due PENDING requests of these members EXPIRED now, so counts and the one-pending-
 * per-pair rule never wait for the expiry job. Rows another transaction holds are left to it.
 */
async function expireDueFor(tx: Tx, memberIds: string[], now: Date): Promise<void> {
  const expired = await tx.$queryRawUnsafe<{ id: string }[]>(
    `UPDATE match_request SET status = 'EXPIRED', "updatedAt" = $2
     WHERE id IN (
       SELECT id FROM match_request
       WHERE status = 'PENDING' AND "expiresAt" <= $2 AND ("senderId" = ANY($1::text[]) OR "recipientId" = ANY($1::text[]))
       FOR UPDATE SKIP LOCKED
     ) RETURNING id`,
    memberIds,
    now,
  );
  if (expired.length) await tx.matchRequestEvent.createMany({ data: expired.map(({ id }) => ({ requestId: id, type: "EXPIRED" as const })) });
}

/** Expires every due request in batches; the expiry job calls this. Safe to run twice at once. */
export async function expireDueRequests(db: Db, now = new Date(), batchSize = 500): Promise<number> {
  let total = 0;
  for (;;) {
    const count = await retryOnConflict(() => db.$transaction(async (tx) => {
      const expired = await tx.$queryRawUnsafe<{ id: string }[]>(
        `UPDATE match_request SET status = 'EXPIRED', "updatedAt" = $1
         WHERE id IN (
           SELECT id FROM match_request WHERE status = 'PENDING' AND "expiresAt" <= $1
           ORDER BY "expiresAt" LIMIT $2 FOR UPDATE SKIP LOCKED
         ) RETURNING id`,
        now,
        batchSize,
      );
      if (expired.length) await tx.matchRequestEvent.createMany({ data: expired.map(({ id }) => ({ requestId: id, type: "EXPIRED" as const })) });
      return expired.length;
    }));
    total += count;
    if (count < batchSize) return total;
  }
}

type SendInput = z.output<typeof zSendRequestInput>;

const sendMessages: Record<rules.SendRefusal, () => AppError> = {
  SELF: () => new AppError("BAD_INPUT", "You can't send a request to yourself.", { fieldErrors: { recipientId: ["Choose someone else."] } }),
  UNREACHABLE: unreachable,
  UNVERIFIED: () => new AppError("PRECONDITION", "Please confirm your email before sending requests. We can send a new link from your dashboard."),
  NOT_OPEN: () => new AppError("PRECONDITION", "Open your profile to matching before sending requests. You can do that from your dashboard."),
  ALREADY_PARTNERS: () => new AppError("CONFLICT", "You two are already partners."),
  ALREADY_SENT: () => new AppError("CONFLICT", "You've already sent them a request. It's waiting for their answer."),
  ALREADY_RECEIVED: () => new AppError("CONFLICT", "They've already sent you a request. You can answer it on your requests page."),
  SENDER_AT_CAPACITY: () =>
    new AppError("PRECONDITION", "You already have as many partnerships as your settings allow. You can change that in your profile settings."),
  SENDER_OUTBOX_FULL: () =>
    new AppError("PRECONDITION", `You have ${maxPendingOutgoing} requests waiting for an answer. Withdraw one, or wait for a reply, before sending another.`),
  UNAVAILABLE: () => new AppError("PRECONDITION", "This match isn't available right now."),
};

/** Whether the scorer's hard filters (dealbreakers, no overlap this week) rule the pair out. */
async function excludedByScorer(db: Db, senderId: string, recipientId: string, now: Date): Promise<boolean> {
  const week = weekStartUtc(now);
  const weekStart = week.toISOString().slice(0, 10);
  const [sender, recipient] = await Promise.all([loadSelf(db, senderId, weekStart), loadSelf(db, recipientId, weekStart)]);
  if (!sender || !recipient) return true;
  return scoreMatch(sender.profile, recipient.profile, { weekStart: week, bitsA: sender.bits, bitsB: recipient.bits }).excluded !== null;
}

async function pendingCounts(tx: Tx, memberIds: string[], direction: "senderId" | "recipientId"): Promise<Map<string, number>> {
  const rows = await tx.matchRequest.groupBy({ by: [direction], where: { [direction]: { in: memberIds }, status: "PENDING" }, _count: { _all: true } });
  return new Map(rows.map((row) => [row[direction], row._count._all]));
}

export async function sendRequest(db: Db, senderId: string, input: SendInput, now = new Date()): Promise<{ requestId: string }> {
  const { recipientId } = input;
  if (senderId === recipientId) throw sendMessages.SELF();
  const scorerExcludes = await excludedByScorer(db, senderId, recipientId, now);
  try {
    return await retryOnConflict(() => db.$transaction(async (tx) => {
      await lockMembers(tx, [senderId, recipientId]);
      await expireDueFor(tx, [senderId, recipientId], now);
      const pair = [senderId, recipientId];
      const [members, blocks, between, shared, open, outgoing, incoming] = await Promise.all([
        tx.member.findMany({
          where: { id: { in: pair } },
          select: { id: true, status: true, emailVerifiedAt: true, profile: { select: { completedAt: true, openToMatching: true, partnershipCapacity: true } } },
        }),
        tx.block.count({ where: { OR: [{ blockerId: senderId, blockedId: recipientId }, { blockerId: recipientId, blockedId: senderId }] } }),
        tx.matchRequest.findMany({
          where: {
            OR: [
              { senderId, recipientId },
              { senderId: recipientId, recipientId: senderId },
            ],
          },
          select: { senderId: true, status: true, respondedAt: true },
        }),
        tx.partnership.count({
          where: {
            AND: [{ members: { some: { memberId: senderId } } }, { members: { some: { memberId: recipientId } } }],
            OR: [{ status: { in: [...capacityStatuses] } }, { doNotRematch: true }],
          },
        }),
        openPartnershipCounts(tx, pair),
        pendingCounts(tx, [senderId], "senderId"),
        pendingCounts(tx, [recipientId], "recipientId"),
      ]);
      const sender = members.find((m) => m.id === senderId);
      const recipient = members.find((m) => m.id === recipientId);
      if (!sender) throw new AppError("UNAUTHENTICATED", "Please sign in to continue.");
      const declinedSince = now.getTime() - declineHiddenDays * dayMs;
      const refusal = rules.sendRefusal({
        self: false,
        recipientReachable:
          recipient !== undefined &&
          recipient.status === "ACTIVE" &&
          recipient.emailVerifiedAt !== null &&
          recipient.profile?.completedAt != null &&
          recipient.profile.openToMatching &&
          blocks === 0,
        senderVerified: sender.emailVerifiedAt !== null,
        senderOpen: sender.profile?.completedAt != null && sender.profile.openToMatching,
        alreadyPartners: shared > 0,
        pendingFromSender: between.some((r) => r.status === "PENDING" && r.senderId === senderId),
        pendingFromRecipient: between.some((r) => r.status === "PENDING" && r.senderId === recipientId),
        declinedRecently: between.some((r) => r.senderId === senderId && r.status === "DECLINED" && r.respondedAt !== null && r.respondedAt.getTime() > declinedSince),
        excludedByScorer: scorerExcludes,
        senderPendingOutgoing: outgoing.get(senderId) ?? 0,
        recipientPendingIncoming: incoming.get(recipientId) ?? 0,
        senderAtCapacity: atCapacity(open.get(senderId) ?? 0, sender.profile?.partnershipCapacity ?? 1),
        recipientAtCapacity: atCapacity(open.get(recipientId) ?? 0, recipient?.profile?.partnershipCapacity ?? 1),
      });
      if (refusal) throw sendMessages[refusal]();

      const request = await tx.matchRequest.create({
        data: { senderId, recipientId, note: input.note, expiresAt: rules.expiresAt(now), createdAt: now },
        select: { id: true },
      });
      await recordEvent(tx, request.id, "SENT", senderId);
      await notify(tx, { memberId: recipientId, type: "REQUEST_RECEIVED", data: { requestId: request.id, fromMemberId: senderId } });
      return { requestId: request.id };
    }));
  } catch (error) {
    // The one-pending-per-pair index caught a request that raced past the checks above.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw sendMessages.ALREADY_SENT();
    throw error;
  }
}

type Answer = "ACCEPT" | "DECLINE" | "WITHDRAW";

function refusalFor(result: Exclude<rules.RequestTransition, { ok: true }>, answer: Answer): AppError {
  if (result.reason === "EXPIRED") return new AppError("CONFLICT", "This request expired after 7 days without an answer.");
  if (result.reason === "NOT_ALLOWED") {
    return answer === "WITHDRAW"
      ? new AppError("FORBIDDEN", "Only the person who sent a request can withdraw it.")
      : new AppError("FORBIDDEN", "Only the person who received a request can answer it.");
  }
  const already: Record<MatchRequestStatus, string> = {
    PENDING: "This request is still waiting for an answer.",
    ACCEPTED: "This request has already been accepted.",
    DECLINED: "This request has already been answered.",
    WITHDRAWN: "This request was withdrawn.",
    EXPIRED: "This request expired after 7 days without an answer.",
    CLOSED: "This request is no longer available.",
  };
  return new AppError("CONFLICT", already[result.status]);
}

/** The request if this member sent or received it; NOT_FOUND for everyone else. Locks the row. */
async function lockRequestFor(tx: Tx, memberId: string, requestId: string) {
  const rows = await tx.$queryRawUnsafe<{ id: string; senderId: string; recipientId: string; status: MatchRequestStatus; expiresAt: Date }[]>(
    `SELECT id, "senderId", "recipientId", status, "expiresAt" FROM match_request
     WHERE id = $1 AND ($2 = "senderId" OR $2 = "recipientId") FOR UPDATE`,
    requestId,
    memberId,
  );
  const request = rows[0];
  if (!request) throw notFound();
  return { ...request, actor: (request.senderId === memberId ? "SENDER" : "RECIPIENT") as rules.RequestActor };
}

async function findRequestFor(tx: Tx, memberId: string, requestId: string) {
  const request = await tx.matchRequest.findFirst({
    where: { id: requestId, OR: [{ senderId: memberId }, { recipientId: memberId }] },
    select: { senderId: true, recipientId: true },
  });
  if (!request) throw notFound();
  return request;
}

/** Closes every other pending request of these members ("no longer available"). */
async function closeOtherRequests(tx: Tx, memberIds: string[], now: Date): Promise<void> {
  if (!memberIds.length) return;
  const closed = await tx.$queryRawUnsafe<{ id: string }[]>(
    `UPDATE match_request SET status = 'CLOSED', "respondedAt" = $2, "updatedAt" = $2
     WHERE status = 'PENDING' AND ("senderId" = ANY($1::text[]) OR "recipientId" = ANY($1::text[])) RETURNING id`,
    memberIds,
    now,
  );
  if (closed.length) await tx.matchRequestEvent.createMany({ data: closed.map(({ id }) => ({ requestId: id, type: "CLOSED" as const })) });
}

/**
 * Accepting creates the partnership in DRAFTING. Both members' rows are locked first (in id
 * order), then the request's, so two accepts at once — or accepts of two requests that would
 * overfill someone's capacity — run one after the other and the second sees the first's result.
 */
export async function acceptRequest(db: Db, memberId: string, requestId: string, now = new Date()): Promise<{ partnershipId: string }> {
  return retryOnConflict(() => db.$transaction(async (tx) => {
    const { senderId, recipientId } = await findRequestFor(tx, memberId, requestId);
    await lockMembers(tx, [senderId, recipientId]);
    const request = await lockRequestFor(tx, memberId, requestId);
    const result = rules.transition(request, "ACCEPT", request.actor, now);
    if (!result.ok) throw refusalFor(result, "ACCEPT");

    const pair = [senderId, recipientId];
    const [open, capacities, blocks] = await Promise.all([
      openPartnershipCounts(tx, pair),
      tx.profile.findMany({ where: { memberId: { in: pair } }, select: { memberId: true, partnershipCapacity: true } }),
      tx.block.count({ where: { OR: [{ blockerId: senderId, blockedId: recipientId }, { blockerId: recipientId, blockedId: senderId }] } }),
    ]);
    const sender = await tx.member.findUnique({ where: { id: senderId }, select: { status: true } });
    if (blocks > 0 || sender?.status !== "ACTIVE") throw new AppError("CONFLICT", "This request is no longer available.");
    const capacityOf = (id: string) => capacities.find((c) => c.memberId === id)?.partnershipCapacity ?? 1;
    if (atCapacity(open.get(recipientId) ?? 0, capacityOf(recipientId))) {
      throw new AppError("PRECONDITION", "You already have as many partnerships as your settings allow. You can change that in your profile settings.");
    }
    if (atCapacity(open.get(senderId) ?? 0, capacityOf(senderId))) throw new AppError("CONFLICT", "This request is no longer available.");

    await tx.matchRequest.update({ where: { id: requestId }, data: { status: result.status, respondedAt: now } });
    await recordEvent(tx, requestId, "ACCEPTED", memberId);
    const partnershipId = await createPartnership(tx, { requestId, memberIds: [senderId, recipientId], actorId: memberId });
    await notify(tx, { memberId: senderId, type: "REQUEST_ACCEPTED", data: { requestId, partnershipId, fromMemberId: recipientId } });

    const full = pair.filter((id) => atCapacity((open.get(id) ?? 0) + 1, capacityOf(id)));
    await closeOtherRequests(tx, full, now);
    return { partnershipId };
  }));
}

async function answerRequest(db: Db, memberId: string, requestId: string, answer: "DECLINE" | "WITHDRAW", now: Date): Promise<{ ok: true }> {
  return retryOnConflict(() => db.$transaction(async (tx) => {
    const request = await lockRequestFor(tx, memberId, requestId);
    const result = rules.transition(request, answer, request.actor, now);
    if (!result.ok) throw refusalFor(result, answer);
    await tx.matchRequest.update({ where: { id: requestId }, data: { status: result.status, respondedAt: now } });
    await recordEvent(tx, requestId, answer === "DECLINE" ? "DECLINED" : "WITHDRAWN", memberId);
    return { ok: true as const };
  }));
}

/** "Not right now": the sender only ever sees "This match isn't available right now". */
export const declineRequest = (db: Db, memberId: string, requestId: string, now = new Date()) => answerRequest(db, memberId, requestId, "DECLINE", now);
export const withdrawRequest = (db: Db, memberId: string, requestId: string, now = new Date()) => answerRequest(db, memberId, requestId, "WITHDRAW", now);

export type IncomingRequest = { id: string; from: PublicMember; note: string | null; sentAt: Date; expiresAt: Date };
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
  limits: { pendingIncoming: number; pendingOutgoing: number; maxPendingIncoming: number; maxPendingOutgoing: number };
};

/** Pending requests to the member, and their own requests: pending plus the last month's outcomes. */
export async function listRequests(db: Db, memberId: string, now = new Date()): Promise<RequestLists> {
  const since = new Date(now.getTime() - outcomeListDays * dayMs);
  const [incomingRows, outgoingRows] = await Promise.all([
    db.matchRequest.findMany({
      where: { recipientId: memberId, status: "PENDING", expiresAt: { gt: now } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: maxPendingIncoming * 2,
      select: { id: true, note: true, createdAt: true, expiresAt: true, sender: { select: publicMemberSelect } },
    }),
    db.matchRequest.findMany({
      where: { senderId: memberId, OR: [{ status: "PENDING" }, { updatedAt: { gte: since } }] },
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
  ]);
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
    incoming: incomingRows.map((row) => ({ id: row.id, from: toPublicMember(row.sender), note: row.note, sentAt: row.createdAt, expiresAt: row.expiresAt })),
    outgoing,
    limits: {
      pendingIncoming: incomingRows.length,
      pendingOutgoing: outgoing.filter((r) => r.outcome === "PENDING").length,
      maxPendingIncoming,
      maxPendingOutgoing,
    },
  };
}
