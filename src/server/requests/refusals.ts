/** What a member is told when a request action is refused: one message per reason, safe to show. */
import type { MatchRequestStatus } from "@/generated/prisma/client";
import { AppError } from "@/server/errors";
import { maxPendingOutgoing } from "@/shared/matching/limits";
import type { RequestTransition, SendRefusal } from "./rules";

export const requestNotFound = () => new AppError("NOT_FOUND", "We couldn't find that request.");
export const noLongerAvailable = () => new AppError("CONFLICT", "This request is no longer available.");
export const atYourCapacity = () =>
  new AppError("PRECONDITION", "You already have as many partnerships as your settings allow. You can change that in your profile settings.");

export const sendRefusals: Record<SendRefusal, () => AppError> = {
  SELF: () => new AppError("BAD_INPUT", "You can't send a request to yourself.", { fieldErrors: { recipientId: ["Choose someone else."] } }),
  UNREACHABLE: () => new AppError("NOT_FOUND", "We couldn't find that member, or they aren't taking requests right now."),
  UNVERIFIED: () => new AppError("PRECONDITION", "Please confirm your email before sending requests. We can send a new link from your dashboard."),
  NOT_OPEN: () => new AppError("PRECONDITION", "Open your profile to matching before sending requests. You can do that from your dashboard."),
  ALREADY_PARTNERS: () => new AppError("CONFLICT", "You two are already partners."),
  ALREADY_SENT: () => new AppError("CONFLICT", "You've already sent them a request. It's waiting for their answer."),
  ALREADY_RECEIVED: () => new AppError("CONFLICT", "They've already sent you a request. You can answer it on your requests page."),
  SENDER_AT_CAPACITY: atYourCapacity,
  SENDER_OUTBOX_FULL: () =>
    new AppError("PRECONDITION", `You have ${maxPendingOutgoing} requests waiting for an answer. Withdraw one, or wait for a reply, before sending another.`),
  UNAVAILABLE: () => new AppError("PRECONDITION", "This match isn't available right now."),
};

const already: Record<MatchRequestStatus, string> = {
  PENDING: "This request is still waiting for an answer.",
  ACCEPTED: "This request has already been accepted.",
  DECLINED: "This request has already been answered.",
  WITHDRAWN: "This request was withdrawn.",
  EXPIRED: "This request expired after 7 days without an answer.",
  CLOSED: "This request is no longer available.",
};

export function answerRefusal(result: Exclude<RequestTransition, { ok: true }>, answer: "ACCEPT" | "DECLINE" | "WITHDRAW"): AppError {
  if (result.reason === "EXPIRED") return new AppError("CONFLICT", already.EXPIRED);
  if (result.reason === "NOT_ALLOWED") {
    return answer === "WITHDRAW"
      ? new AppError("FORBIDDEN", "Only the person who sent a request can withdraw it.")
      : new AppError("FORBIDDEN", "Only the person who received a request can answer it.");
  }
  return new AppError("CONFLICT", already[result.status]);
}
