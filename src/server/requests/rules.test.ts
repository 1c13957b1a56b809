import { describe, expect, it } from "vitest";
import type { PairBarrier } from "@/server/partnerships/eligibility";
import { expiresAt, outcomeForRecipient, outcomeForSender, pairFacts, sendRefusal, transition, type RequestAction, type RequestActor, type SendFacts } from "./rules";

const sent = new Date("2026-11-02T10:00:00Z");
const pending = { status: "PENDING" as const, expiresAt: expiresAt(sent) };
const inTime = new Date("2026-11-05T10:00:00Z");
const late = new Date("2026-11-09T10:00:00Z");

describe("request transitions", () => {
  it("lasts exactly 7 days", () => {
    expect(expiresAt(sent).toISOString()).toBe("2026-11-09T10:00:00.000Z");
  });

  it.each<[RequestAction, RequestActor, string]>([
    ["ACCEPT", "RECIPIENT", "ACCEPTED"],
    ["DECLINE", "RECIPIENT", "DECLINED"],
    ["WITHDRAW", "SENDER", "WITHDRAWN"],
    ["CLOSE", "SYSTEM", "CLOSED"],
  ])("%s by the %s moves a pending request to %s", (action, actor, status) => {
    expect(transition(pending, action, actor, inTime)).toEqual({ ok: true, status });
  });

  it.each<[RequestAction, RequestActor]>([
    ["ACCEPT", "SENDER"],
    ["DECLINE", "SENDER"],
    ["WITHDRAW", "RECIPIENT"],
    ["EXPIRE", "RECIPIENT"],
    ["CLOSE", "SENDER"],
  ])("%s is not the %s's to take", (action, actor) => {
    expect(transition(pending, action, actor, inTime)).toEqual({ ok: false, reason: "NOT_ALLOWED" });
  });

  it("expires only once its 7 days are over", () => {
    expect(transition(pending, "EXPIRE", "SYSTEM", inTime)).toEqual({ ok: false, reason: "NOT_ALLOWED" });
    expect(transition(pending, "EXPIRE", "SYSTEM", late)).toEqual({ ok: true, status: "EXPIRED" });
  });

  it("cannot be answered or withdrawn after its 7 days, even before the job has run", () => {
    for (const [action, actor] of [["ACCEPT", "RECIPIENT"], ["DECLINE", "RECIPIENT"], ["WITHDRAW", "SENDER"]] as const) {
      expect(transition(pending, action, actor, late)).toEqual({ ok: false, reason: "EXPIRED" });
    }
  });

  it("never moves a request that is no longer pending", () => {
    for (const status of ["ACCEPTED", "DECLINED", "WITHDRAWN", "EXPIRED", "CLOSED"] as const) {
      expect(transition({ status, expiresAt: pending.expiresAt }, "ACCEPT", "RECIPIENT", inTime)).toEqual({ ok: false, reason: "NOT_PENDING", status });
    }
  });
});

const fine: SendFacts = {
  self: false,
  recipientReachable: true,
  senderVerified: true,
  senderOpen: true,
  alreadyPartners: false,
  pendingFromSender: false,
  pendingFromRecipient: false,
  declinedRecently: false,
  endedApart: false,
  excludedByScorer: false,
  senderPendingOutgoing: 2,
  recipientPendingIncoming: 2,
  senderAtCapacity: false,
  recipientAtCapacity: false,
};

describe("sendRefusal", () => {
  it("allows a request when nothing stands in the way", () => {
    expect(sendRefusal(fine)).toBeNull();
  });

  it.each<[Partial<SendFacts>, string]>([
    [{ self: true }, "SELF"],
    [{ recipientReachable: false }, "UNREACHABLE"],
    [{ senderVerified: false }, "UNVERIFIED"],
    [{ senderOpen: false }, "NOT_OPEN"],
    [{ alreadyPartners: true }, "ALREADY_PARTNERS"],
    [{ pendingFromSender: true }, "ALREADY_SENT"],
    [{ pendingFromRecipient: true }, "ALREADY_RECEIVED"],
    [{ senderAtCapacity: true }, "SENDER_AT_CAPACITY"],
    [{ senderPendingOutgoing: 3 }, "SENDER_OUTBOX_FULL"],
    [{ recipientPendingIncoming: 3 }, "UNAVAILABLE"],
    [{ recipientAtCapacity: true }, "UNAVAILABLE"],
    [{ declinedRecently: true }, "UNAVAILABLE"],
    [{ endedApart: true }, "UNAVAILABLE"],
    [{ excludedByScorer: true }, "UNAVAILABLE"],
  ])("refuses %o with %s", (change, refusal) => {
    expect(sendRefusal({ ...fine, ...change })).toBe(refusal);
  });

  it("names the sender's own reasons before the recipient's, which all read the same", () => {
    expect(sendRefusal({ ...fine, senderPendingOutgoing: 3, recipientAtCapacity: true })).toBe("SENDER_OUTBOX_FULL");
    expect(sendRefusal({ ...fine, self: true, recipientReachable: false })).toBe("SELF");
  });
});

describe("pairFacts", () => {
  it("reads the eligibility rule from the sender's side: an unlisted or blocking recipient is simply unreachable", () => {
    const facts = (...barriers: PairBarrier[]) => pairFacts(new Set(barriers));
    expect(facts()).toEqual({ recipientReachable: true, alreadyPartners: false, pendingFromSender: false, pendingFromRecipient: false, declinedRecently: false, endedApart: false });
    for (const hidden of ["INACTIVE", "NOT_OPEN", "BLOCKED"] as const) expect(sendRefusal({ ...fine, ...facts(hidden) })).toBe("UNREACHABLE");
    expect(sendRefusal({ ...fine, ...facts("PARTNERS") })).toBe("ALREADY_PARTNERS");
    expect(sendRefusal({ ...fine, ...facts("PENDING_SENT") })).toBe("ALREADY_SENT");
    expect(sendRefusal({ ...fine, ...facts("PENDING_RECEIVED") })).toBe("ALREADY_RECEIVED");
    expect(sendRefusal({ ...fine, ...facts("DECLINED") })).toBe("UNAVAILABLE");
    expect(sendRefusal({ ...fine, ...facts("ENDED_APART") })).toBe("UNAVAILABLE");
    expect(sendRefusal({ ...fine, ...facts("BLOCKED", "DECLINED", "PENDING_RECEIVED") })).toBe("UNREACHABLE");
  });
});

describe("outcomeForSender", () => {
  it("shows a decline only as unavailable and capacity closures as no longer available", () => {
    const at = (status: Parameters<typeof outcomeForSender>[0]["status"]) => outcomeForSender({ status, expiresAt: pending.expiresAt }, inTime);
    expect(at("DECLINED")).toBe("UNAVAILABLE");
    expect(at("CLOSED")).toBe("NO_LONGER_AVAILABLE");
    expect(at("ACCEPTED")).toBe("ACCEPTED");
    expect(at("PENDING")).toBe("PENDING");
    expect(outcomeForSender(pending, late)).toBe("EXPIRED");
  });
});

describe("outcomeForRecipient", () => {
  it("tells the recipient what they did or what happened, and a system closure only as no longer available", () => {
    const at = (status: Parameters<typeof outcomeForRecipient>[0]["status"]) => outcomeForRecipient({ status, expiresAt: pending.expiresAt }, inTime);
    expect(at("ACCEPTED")).toBe("ACCEPTED");
    expect(at("DECLINED")).toBe("DECLINED");
    expect(at("WITHDRAWN")).toBe("WITHDRAWN");
    expect(at("EXPIRED")).toBe("EXPIRED");
    expect(at("CLOSED")).toBe("NO_LONGER_AVAILABLE");
    expect(outcomeForRecipient(pending, late)).toBe("EXPIRED");
    expect(outcomeForRecipient(pending, inTime)).toBe("NO_LONGER_AVAILABLE");
  });
});
