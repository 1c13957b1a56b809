/**
 * Match requests, pure (PRODUCT.md §4). A request is PENDING until the recipient accepts or
 * declines, the sender withdraws, seven days pass, or the system closes it because one side
 * reached partnership capacity. Only PENDING requests move; every other status is final.
 */
import { maxPendingIncoming, maxPendingOutgoing, requestLifetimeDays } from "@/shared/matching/limits";
import type { PairBarrier } from "@/server/partnerships/eligibility";

export type RequestStatus = "PENDING" | "ACCEPTED" | "DECLINED" | "WITHDRAWN" | "EXPIRED" | "CLOSED";
export type RequestAction = "ACCEPT" | "DECLINE" | "WITHDRAW" | "EXPIRE" | "CLOSE";
/** Who acts: the two members, or the system (expiry job, capacity). */
export type RequestActor = "SENDER" | "RECIPIENT" | "SYSTEM";

export type RequestTransition =
  | { ok: true; status: Exclude<RequestStatus, "PENDING"> }
  | { ok: false; reason: "NOT_PENDING"; status: RequestStatus }
  | { ok: false; reason: "EXPIRED" }
  | { ok: false; reason: "NOT_ALLOWED" };

const results: Record<RequestAction, { by: RequestActor; status: Exclude<RequestStatus, "PENDING"> }> = {
  ACCEPT: { by: "RECIPIENT", status: "ACCEPTED" },
  DECLINE: { by: "RECIPIENT", status: "DECLINED" },
  WITHDRAW: { by: "SENDER", status: "WITHDRAWN" },
  EXPIRE: { by: "SYSTEM", status: "EXPIRED" },
  CLOSE: { by: "SYSTEM", status: "CLOSED" },
};

export function expiresAt(sentAt: Date): Date {
  return new Date(sentAt.getTime() + requestLifetimeDays * 24 * 60 * 60_000);
}

/** Whether a PENDING request has run out of time, whether or not the expiry job has seen it yet. */
export function isDue(request: { expiresAt: Date }, now: Date): boolean {
  return request.expiresAt.getTime() <= now.getTime();
}

export function transition(request: { status: RequestStatus; expiresAt: Date }, action: RequestAction, actor: RequestActor, now: Date): RequestTransition {
  const rule = results[action];
  if (rule.by !== actor) return { ok: false, reason: "NOT_ALLOWED" };
  if (request.status !== "PENDING") return { ok: false, reason: "NOT_PENDING", status: request.status };
  const due = isDue(request, now);
  if (action === "EXPIRE") return due ? { ok: true, status: rule.status } : { ok: false, reason: "NOT_ALLOWED" };
  if (due && action !== "CLOSE") return { ok: false, reason: "EXPIRED" };
  return { ok: true, status: rule.status };
}

export type SendFacts = {
  self: boolean;
  /** The recipient exists, is active, finished onboarding, is open to matching, and neither blocked the other. */
  recipientReachable: boolean;
  senderVerified: boolean;
  senderOpen: boolean;
  alreadyPartners: boolean;
  pendingFromSender: boolean;
  pendingFromRecipient: boolean;
  /** Either declined the other's request within `declineHiddenDays`. */
  declinedRecently: boolean;
  /** A partnership between them ended with "don't suggest us again". */
  endedApart: boolean;
  /** A hard filter of the scorer (dealbreaker, no overlap) excludes the pair. */
  excludedByScorer: boolean;
  senderPendingOutgoing: number;
  recipientPendingIncoming: number;
  senderAtCapacity: boolean;
  recipientAtCapacity: boolean;
};

/** The send facts that the eligibility rule ("may these two meet") answers, seen from the sender. */
export function pairFacts(barriers: ReadonlySet<PairBarrier>): Pick<SendFacts, "recipientReachable" | "alreadyPartners" | "pendingFromSender" | "pendingFromRecipient" | "declinedRecently" | "endedApart"> {
  return {
    recipientReachable: !barriers.has("INACTIVE") && !barriers.has("NOT_OPEN") && !barriers.has("BLOCKED"),
    alreadyPartners: barriers.has("PARTNERS"),
    pendingFromSender: barriers.has("PENDING_SENT"),
    pendingFromRecipient: barriers.has("PENDING_RECEIVED"),
    declinedRecently: barriers.has("DECLINED"),
    endedApart: barriers.has("ENDED_APART"),
  };
}

export type SendRefusal =
  | "SELF"
  | "UNREACHABLE"
  | "UNVERIFIED"
  | "NOT_OPEN"
  | "ALREADY_PARTNERS"
  | "ALREADY_SENT"
  | "ALREADY_RECEIVED"
  | "SENDER_OUTBOX_FULL"
  | "SENDER_AT_CAPACITY"
  | "UNAVAILABLE";

/** The first reason a request may not be sent, or null. Order decides which message a member sees. */
export function sendRefusal(facts: SendFacts): SendRefusal | null {
  if (facts.self) return "SELF";
  // A sender who may not send yet hears so before anything about the recipient: otherwise the
  // answer would differ between a member and an unknown id, and tell which ids are members.
  if (!facts.senderVerified) return "UNVERIFIED";
  if (!facts.senderOpen) return "NOT_OPEN";
  if (!facts.recipientReachable) return "UNREACHABLE";
  if (facts.alreadyPartners) return "ALREADY_PARTNERS";
  if (facts.pendingFromSender) return "ALREADY_SENT";
  if (facts.pendingFromRecipient) return "ALREADY_RECEIVED";
  if (facts.senderAtCapacity) return "SENDER_AT_CAPACITY";
  if (facts.senderPendingOutgoing >= maxPendingOutgoing) return "SENDER_OUTBOX_FULL";
  // The recipient's reasons all read the same to the sender, so nothing about them leaks.
  if (facts.declinedRecently || facts.endedApart || facts.excludedByScorer || facts.recipientAtCapacity || facts.recipientPendingIncoming >= maxPendingIncoming) {
    return "UNAVAILABLE";
  }
  return null;
}

/** What the sender is told about a request that did not become a partnership. */
export type PublicOutcome = "PENDING" | "ACCEPTED" | "UNAVAILABLE" | "NO_LONGER_AVAILABLE" | "WITHDRAWN" | "EXPIRED";

export function outcomeForSender(request: { status: RequestStatus; expiresAt: Date }, now: Date): PublicOutcome {
  switch (request.status) {
    case "PENDING":
      return isDue(request, now) ? "EXPIRED" : "PENDING";
    case "DECLINED":
      return "UNAVAILABLE";
    case "CLOSED":
      return "NO_LONGER_AVAILABLE";
    default:
      return request.status;
  }
}

/**
 * What the recipient is told about a request to them that is no longer waiting ("Past requests").
 * Null for one still waiting. A request closed by the system reads "no longer available", as it
 * does to the sender: why it closed (the other side's capacity) is not the recipient's to know.
 */
export function outcomeForRecipient(
  request: { status: RequestStatus; expiresAt: Date },
  now: Date,
): "ACCEPTED" | "DECLINED" | "WITHDRAWN" | "EXPIRED" | "NO_LONGER_AVAILABLE" {
  switch (request.status) {
    case "PENDING":
      // Only ever asked of requests that are due: a waiting one is listed under "Waiting for your answer".
      return isDue(request, now) ? "EXPIRED" : "NO_LONGER_AVAILABLE";
    case "CLOSED":
      return "NO_LONGER_AVAILABLE";
    default:
      return request.status;
  }
}
