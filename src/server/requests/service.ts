import "server-only";
import type { z } from "zod";
import type { Db, Tx } from "@/server/db/client";
import { retryOnConflict } from "@/server/db/retry";
import { AppError } from "@/server/errors";
import { Prisma, type MatchRequestEventType, type MatchRequestStatus } from "@/generated/prisma/client";
import { createAgreementDraft } from "@/server/agreements/drafts";
import { excludedByScorer } from "@/server/matching/pair-check";
import { notify, settleNotices } from "@/server/notifications/service";
import { partnershipRoom } from "@/server/partnerships/capacity";
import { pairBarriers } from "@/server/partnerships/eligibility";
import { atCapacity } from "@/server/partnerships/rules";
import { startPartnership } from "@/server/partnerships/transitions";
import { closeOtherRequests } from "./close";
import { expireDueFor } from "./expiry";
import { answerRefusal, atYourCapacity, noLongerAvailable, requestNotFound, sendRefusals } from "./refusals";
import * as rules from "./rules";
import type { zSendRequestInput } from "@/shared/requests/schemas";

export { expireDueRequests } from "./expiry";
export { listRequests, type IncomingRequest, type OutgoingRequest, type RequestLists } from "./list";

/** Row locks on both members, always in id order, so concurrent requests between them queue up. */
async function lockMembers(tx: Tx, memberIds: string[]): Promise<void> {
  const sorted = [...new Set(memberIds)].sort();
  await tx.$queryRawUnsafe(`SELECT id FROM member WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE`, sorted);
}

async function recordEvent(tx: Tx, requestId: string, type: MatchRequestEventType, actorId: string | null): Promise<void> {
  await tx.matchRequestEvent.create({ data: { requestId, type, actorId } });
}

/** Whether each member has reached their partnership capacity, after `adding` more. */
async function capacityCheck(tx: Tx, memberIds: string[]): Promise<(memberId: string, adding?: number) => boolean> {
  const room = await partnershipRoom(tx, memberIds);
  return (memberId, adding = 0) => atCapacity(room(memberId).open + adding, room(memberId).capacity);
}

export async function sendRequest(db: Db, senderId: string, input: z.output<typeof zSendRequestInput>, now = new Date()): Promise<{ requestId: string }> {
  const { recipientId } = input;
  if (senderId === recipientId) throw sendRefusals.SELF();
  const scorerExcludes = await excludedByScorer(db, senderId, recipientId, now);
  try {
    return await retryOnConflict(() =>
      db.$transaction(async (tx) => {
        await lockMembers(tx, [senderId, recipientId]);
        await expireDueFor(tx, [senderId, recipientId], now);
        const [sender, barriers, full, outgoing, incoming] = await Promise.all([
          tx.member.findUnique({ where: { id: senderId }, select: { emailVerifiedAt: true, profile: { select: { completedAt: true, openToMatching: true } } } }),
          pairBarriers(tx, { memberId: senderId, otherId: recipientId }, now),
          capacityCheck(tx, [senderId, recipientId]),
          tx.matchRequest.count({ where: { senderId, status: "PENDING" } }),
          tx.matchRequest.count({ where: { recipientId, status: "PENDING" } }),
        ]);
        if (!sender) throw new AppError("UNAUTHENTICATED", "Please sign in to continue.");
        const refusal = rules.sendRefusal({
          self: false,
          ...rules.pairFacts(barriers),
          senderVerified: sender.emailVerifiedAt !== null,
          senderOpen: sender.profile?.completedAt != null && sender.profile.openToMatching,
          excludedByScorer: scorerExcludes,
          senderPendingOutgoing: outgoing,
          recipientPendingIncoming: incoming,
          senderAtCapacity: full(senderId),
          recipientAtCapacity: full(recipientId),
        });
        if (refusal) throw sendRefusals[refusal]();

        const request = await tx.matchRequest.create({
          data: { senderId, recipientId, note: input.note, expiresAt: rules.expiresAt(now), createdAt: now },
          select: { id: true },
        });
        await recordEvent(tx, request.id, "SENT", senderId);
        await notify(tx, { memberId: recipientId, type: "REQUEST_RECEIVED", data: { requestId: request.id, fromMemberId: senderId } });
        return { requestId: request.id };
      }),
    );
  } catch (error) {
    // The one-pending-per-pair index caught a request that raced past the checks above.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw sendRefusals.ALREADY_SENT();
    throw error;
  }
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
  if (!request) throw requestNotFound();
  return { ...request, actor: (request.senderId === memberId ? "SENDER" : "RECIPIENT") as rules.RequestActor };
}

/**
 * Accepting creates the partnership (through the partnership kernel's transition runner). Both
 * members' rows are locked first (in id order), then the request's, so two accepts at once — or
 * accepts of two requests that would overfill someone's capacity — run one after the other and
 * the second sees the first's result.
 */
export async function acceptRequest(db: Db, memberId: string, requestId: string, now = new Date()): Promise<{ partnershipId: string }> {
  return retryOnConflict(() =>
    db.$transaction(async (tx) => {
      const pair = await tx.matchRequest.findFirst({
        where: { id: requestId, OR: [{ senderId: memberId }, { recipientId: memberId }] },
        select: { senderId: true, recipientId: true },
      });
      if (!pair) throw requestNotFound();
      const { senderId, recipientId } = pair;
      await lockMembers(tx, [senderId, recipientId]);
      const request = await lockRequestFor(tx, memberId, requestId);
      const result = rules.transition(request, "ACCEPT", request.actor, now);
      if (!result.ok) throw answerRefusal(result, "ACCEPT");

      const [barriers, full] = await Promise.all([pairBarriers(tx, { memberId: recipientId, otherId: senderId }, now), capacityCheck(tx, [senderId, recipientId])]);
      if (barriers.has("BLOCKED") || barriers.has("INACTIVE")) throw noLongerAvailable();
      if (full(recipientId)) throw atYourCapacity();
      if (full(senderId)) throw noLongerAvailable();

      await tx.matchRequest.update({ where: { id: requestId }, data: { status: result.status, respondedAt: now } });
      await recordEvent(tx, requestId, "ACCEPTED", memberId);
      await settleNotices(tx, recipientId, ["REQUEST_RECEIVED"], { requestId }, now);
      const { partnership } = await startPartnership(tx, {
        requestId,
        memberId,
        partnerId: senderId,
        notify: ({ partnership }) => [{ memberId: senderId, type: "REQUEST_ACCEPTED", data: { requestId, partnershipId: partnership.id, fromMemberId: memberId } }],
      });
      await createAgreementDraft(tx, partnership.id, [memberId, senderId], now);
      await closeOtherRequests(tx, [senderId, recipientId].filter((id) => full(id, 1)), now);
      return { partnershipId: partnership.id };
    }),
  );
}

async function answerRequest(db: Db, memberId: string, requestId: string, answer: "DECLINE" | "WITHDRAW", now: Date): Promise<{ ok: true }> {
  return retryOnConflict(() =>
    db.$transaction(async (tx) => {
      const request = await lockRequestFor(tx, memberId, requestId);
      const result = rules.transition(request, answer, request.actor, now);
      if (!result.ok) throw answerRefusal(result, answer);
      await tx.matchRequest.update({ where: { id: requestId }, data: { status: result.status, respondedAt: now } });
      await recordEvent(tx, requestId, answer === "DECLINE" ? "DECLINED" : "WITHDRAWN", memberId);
      // Answered or withdrawn, the request asks nothing more of the person it was sent to.
      await settleNotices(tx, request.recipientId, ["REQUEST_RECEIVED"], { requestId }, now);
      return { ok: true as const };
    }),
  );
}

/** "Not right now": the sender only ever sees "This match isn't available right now". */
export const declineRequest = (db: Db, memberId: string, requestId: string, now = new Date()) => answerRequest(db, memberId, requestId, "DECLINE", now);
export const withdrawRequest = (db: Db, memberId: string, requestId: string, now = new Date()) => answerRequest(db, memberId, requestId, "WITHDRAW", now);
