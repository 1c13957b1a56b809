import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/server/db/client";
import { getBoss } from "@/server/jobs/boss";
import { suggestionsFor } from "@/server/matching/suggestions";
import { callerFor, malformed } from "@/test/callers";
import { createMember } from "@/test/factories";
import { isolatedSchedule, onboardedMember, type AnswerChanges, type OnboardedOptions } from "@/test/onboarding";
import { acceptRequest, expireDueRequests, sendRequest } from "./service";

const db = getDb();
const onboarded = (changes?: AnswerChanges, options?: OnboardedOptions) => onboardedMember(db, changes, options);
const apiOf = (member: { id: string }) => callerFor({ member }).api;
const dayMs = 24 * 60 * 60_000;

/** Rows a refused call must not have written. */
async function rowsOf(...memberIds: string[]) {
  const [requests, notifications, partnerships] = await Promise.all([
    db.matchRequest.count({ where: { OR: [{ senderId: { in: memberIds } }, { recipientId: { in: memberIds } }] } }),
    db.notification.count({ where: { memberId: { in: memberIds } } }),
    db.partnershipMember.count({ where: { memberId: { in: memberIds } } }),
  ]);
  return { requests, notifications, partnerships };
}

describe("requests.send", () => {
  it("sends a request with a note, notifies the recipient and lists it on both sides without emails", async () => {
    const a = await onboarded();
    const b = await onboarded();
    const { requestId } = await apiOf(a).requests.send({ recipientId: b.id, note: "  Hi! Weekly evening check-ins suit me too.  " });

    const stored = await db.matchRequest.findUniqueOrThrow({ where: { id: requestId }, include: { events: true } });
    expect(stored).toMatchObject({ senderId: a.id, recipientId: b.id, status: "PENDING", note: "Hi! Weekly evening check-ins suit me too." });
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBe(7 * dayMs);
    expect(stored.events.map((e) => [e.type, e.actorId])).toEqual([["SENT", a.id]]);

    const theirs = await apiOf(b).requests.list();
    expect(theirs.incoming).toHaveLength(1);
    expect(theirs.incoming[0]).toMatchObject({ id: requestId, note: "Hi! Weekly evening check-ins suit me too.", from: { memberId: a.id } });
    const mine = await apiOf(a).requests.list();
    expect(mine.outgoing[0]).toMatchObject({ id: requestId, outcome: "PENDING", to: { memberId: b.id } });
    expect(mine.limits.pendingOutgoing).toBe(1);
    expect(JSON.stringify([theirs, mine])).not.toContain("@");

    const notices = await apiOf(b).notifications.list();
    expect(notices.unread).toBe(1);
    expect(notices.items[0]).toMatchObject({ type: "REQUEST_RECEIVED", href: "/requests" });

    // The email names nobody and quotes nothing: the details wait behind sign-in.
    const emails = await db.emailOutbox.findMany({ where: { memberId: b.id } });
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ toAddress: b.email, subject: "Someone would like to be your accountability partner" });
    expect(emails[0]!.textBody).toContain("/requests");
    expect(emails[0]!.textBody).not.toContain("Weekly evening");
    expect(emails[0]!.textBody).not.toContain(a.email);
  });

  it("asks anonymous callers to sign in and writes nothing", async () => {
    const b = await onboarded();
    await expect(callerFor().api.requests.send({ recipientId: b.id })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(callerFor().api.requests.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await rowsOf(b.id)).toEqual({ requests: 0, notifications: 0, partnerships: 0 });
  });

  it("refuses bad input with clear errors and writes nothing", async () => {
    const a = await onboarded();
    const b = await onboarded();
    const api = apiOf(a);
    await expect(api.requests.send({ recipientId: b.id, note: "x".repeat(501) })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { issues: [{ path: ["note"], message: "Keep your note to 500 characters or fewer." }] },
    });
    await expect(api.requests.send({ recipientId: "" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(api.requests.send({ recipientId: "'; DROP TABLE member; --" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(api.requests.send({ recipientId: "x".repeat(41) })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(api.requests.send(malformed({ recipientId: 42 }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(api.requests.send({ recipientId: "cm0doesnotexist0000000000" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(api.requests.send({ recipientId: a.id })).rejects.toMatchObject({ code: "BAD_REQUEST", message: "You can't send a request to yourself." });
    expect(await rowsOf(a.id, b.id)).toEqual({ requests: 0, notifications: 0, partnerships: 0 });
    expect(await db.emailOutbox.count({ where: { memberId: { in: [a.id, b.id] } } })).toBe(0);
  });

  it("treats blocked (either way), suspended, closed and unfinished members as not found", async () => {
    const a = await onboarded();
    const blockedByMe = await onboarded();
    const blockedMe = await onboarded();
    const suspended = await onboarded();
    const closed = await onboarded({}, { open: false });
    const unfinished = await createMember(db);
    await db.block.createMany({ data: [{ blockerId: a.id, blockedId: blockedByMe.id }, { blockerId: blockedMe.id, blockedId: a.id }] });
    await db.member.update({ where: { id: suspended.id }, data: { status: "SUSPENDED" } });
    for (const other of [blockedByMe, blockedMe, suspended, closed, unfinished]) {
      await expect(apiOf(a).requests.send({ recipientId: other.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect((await rowsOf(a.id)).requests).toBe(0);
  });

  it("needs the sender verified and open to matching", async () => {
    const unverified = await onboarded({}, { verified: false });
    const closed = await onboarded({}, { open: false });
    const b = await onboarded();
    await expect(apiOf(unverified).requests.send({ recipientId: b.id })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    await expect(apiOf(closed).requests.send({ recipientId: b.id })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    expect((await rowsOf(b.id)).requests).toBe(0);
  });

  it("answers an unknown id exactly like a member who is not open, and like any member while the sender may not send", async () => {
    const unknownId = "cm0doesnotexist0000000000";
    const open = await onboarded();
    const closed = await onboarded({}, { open: false });
    const unfinished = await createMember(db);
    const outboxFull = await onboarded();
    for (const other of await Promise.all([onboarded(), onboarded(), onboarded()])) await apiOf(outboxFull).requests.send({ recipientId: other.id });
    const senders = {
      ready: await onboarded(),
      unverified: await onboarded({}, { verified: false }),
      closed: await onboarded({}, { open: false }),
      unfinished: await createMember(db),
      outboxFull,
    };
    const answer = (sender: { id: string }, recipientId: string) =>
      apiOf(sender)
        .requests.send({ recipientId })
        .then(
          () => "sent",
          (error: { code: string; message: string }) => `${error.code}: ${error.message}`,
        );
    for (const [state, sender] of Object.entries(senders)) {
      const toUnknown = await answer(sender, unknownId);
      const toClosed = await answer(sender, closed.id);
      const toUnfinished = await answer(sender, unfinished.id);
      expect({ state, toClosed, toUnfinished }).toEqual({ state, toClosed: toUnknown, toUnfinished: toUnknown });
      // An open member is one suggestions show anyway; a sender who may send learns nothing more from sending.
      if (["unverified", "closed", "unfinished"].includes(state)) expect({ state, toOpen: await answer(sender, open.id) }).toEqual({ state, toOpen: toUnknown });
    }
    expect((await rowsOf(open.id, closed.id, unfinished.id)).requests).toBe(0);
  });

  it("refuses a pair the scorer excludes (a sobriety requirement) as unavailable", async () => {
    const needsSober = await onboarded({ values: { needsSobrietyFriendlyPartner: true } });
    const notSober = await onboarded({ values: { sobrietyFriendly: false } });
    await expect(apiOf(notSober).requests.send({ recipientId: needsSober.id })).rejects.toMatchObject({ message: "This match isn't available right now." });
  });

  it("refuses a duplicate in either direction with a clear message", async () => {
    const a = await onboarded();
    const b = await onboarded();
    await apiOf(a).requests.send({ recipientId: b.id });
    await expect(apiOf(a).requests.send({ recipientId: b.id })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("already sent them") });
    await expect(apiOf(b).requests.send({ recipientId: a.id })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("already sent you") });
    expect((await rowsOf(a.id)).requests).toBe(1);
  });

  it("sends one request when the same pair asks at the same moment, in either direction", async () => {
    const a = await onboarded();
    const b = await onboarded();
    const results = await Promise.allSettled([
      apiOf(a).requests.send({ recipientId: b.id }),
      apiOf(a).requests.send({ recipientId: b.id }),
      apiOf(b).requests.send({ recipientId: a.id }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "CONFLICT" });
    expect(await db.matchRequest.count({ where: { OR: [{ senderId: a.id }, { senderId: b.id }] } })).toBe(1);
  });
});

describe("congestion control", () => {
  it("allows three pending outgoing requests, then asks the sender to wait", async () => {
    const a = await onboarded();
    const others = await Promise.all([onboarded(), onboarded(), onboarded(), onboarded()]);
    for (const other of others.slice(0, 3)) await apiOf(a).requests.send({ recipientId: other.id });
    await expect(apiOf(a).requests.send({ recipientId: others[3]!.id })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      message: expect.stringContaining("3 requests waiting"),
    });
    expect((await suggestionsFor(db, a.id)).outbox).toEqual({ pending: 3, max: 3 });
  });

  it("keeps a full inbox closed, also under parallel senders, and says only that the match isn't available", async () => {
    const b = await onboarded();
    const senders = await Promise.all([onboarded(), onboarded(), onboarded(), onboarded(), onboarded()]);
    const results = await Promise.allSettled(senders.map((s) => apiOf(s).requests.send({ recipientId: b.id })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ message: "This match isn't available right now." });
    expect(await db.matchRequest.count({ where: { recipientId: b.id, status: "PENDING" } })).toBe(3);
  });

  it("spreads exposure: of two equal fits, the one with pending requests ranks lower; a full inbox is not suggested", async () => {
    const lonely = isolatedSchedule();
    const me = await onboarded(lonely);
    const [busy, quiet] = [await onboarded(lonely), await onboarded(lonely)];
    const [s1, s2, s3] = [await onboarded(lonely), await onboarded(lonely), await onboarded(lonely)];
    const order = async () => (await suggestionsFor(db, me.id)).suggestions.map((s) => s.memberId).filter((id) => id === busy.id || id === quiet.id);
    const before = await order();
    expect(before.sort()).toEqual([busy.id, quiet.id].sort());

    await apiOf(s1).requests.send({ recipientId: busy.id });
    await apiOf(s2).requests.send({ recipientId: busy.id });
    expect(await order()).toEqual([quiet.id, busy.id]);
    const busyCard = (await suggestionsFor(db, me.id)).suggestions.find((s) => s.memberId === busy.id)!;
    const quietCard = (await suggestionsFor(db, me.id)).suggestions.find((s) => s.memberId === quiet.id)!;
    expect(busyCard.total).toBe(quietCard.total);

    await apiOf(s3).requests.send({ recipientId: busy.id });
    expect(await order()).toEqual([quiet.id]);
  });
});

describe("answering requests", () => {
  it("accepting creates a DRAFTING partnership with both members, a timeline event and a notice to the sender", async () => {
    const a = await onboarded();
    const b = await onboarded();
    const { requestId } = await apiOf(a).requests.send({ recipientId: b.id, note: "Hello" });
    const { partnershipId } = await apiOf(b).requests.accept({ requestId });

    const partnership = await db.partnership.findUniqueOrThrow({ where: { id: partnershipId }, include: { members: true, events: true } });
    expect(partnership.status).toBe("DRAFTING");
    expect(partnership.requestId).toBe(requestId);
    expect(partnership.members.map((m) => m.memberId).sort()).toEqual([a.id, b.id].sort());
    expect(partnership.members.every((m) => m.status === "DRAFTING")).toBe(true);
    expect(partnership.events.map((e) => [e.type, e.actorId])).toEqual([["CREATED", b.id]]);
    const request = await db.matchRequest.findUniqueOrThrow({ where: { id: requestId }, include: { events: { orderBy: { createdAt: "asc" } } } });
    expect(request.status).toBe("ACCEPTED");
    expect(request.events.map((e) => e.type)).toEqual(["SENT", "ACCEPTED"]);

    const seenByA = await apiOf(a).partnerships.get({ partnershipId });
    expect(seenByA).toMatchObject({ status: "DRAFTING", partner: { memberId: b.id }, timeline: [{ type: "CREATED", by: "partner" }] });
    expect((await apiOf(b).partnerships.get({ partnershipId })).timeline[0]!.by).toBe("you");
    expect(JSON.stringify(seenByA)).not.toContain("@");
    expect((await apiOf(a).requests.list()).outgoing[0]).toMatchObject({ outcome: "ACCEPTED", partnershipId });
    const notices = await apiOf(a).notifications.list();
    expect(notices.items[0]).toMatchObject({ type: "REQUEST_ACCEPTED", href: `/partnerships/${partnershipId}` });
    const emailed = await db.emailOutbox.findFirstOrThrow({ where: { memberId: a.id, subject: "Your partnership request was accepted" } });
    expect(emailed.textBody).toContain(`/partnerships/${partnershipId}`);
  });

  it("hides partnerships and requests from strangers (NOT_FOUND) and keeps each side to its own actions", async () => {
    const a = await onboarded();
    const b = await onboarded();
    const stranger = await onboarded();
    const { requestId } = await apiOf(a).requests.send({ recipientId: b.id });
    for (const action of ["accept", "decline", "withdraw"] as const) {
      await expect(apiOf(stranger).requests[action]({ requestId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(apiOf(a).requests.accept({ requestId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(apiOf(a).requests.decline({ requestId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(apiOf(b).requests.withdraw({ requestId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerFor().api.requests.accept({ requestId })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(apiOf(b).requests.accept({ requestId: "nope nope" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(apiOf(b).requests.accept({ requestId: "cm0doesnotexist0000000000" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.matchRequest.findUniqueOrThrow({ where: { id: requestId } })).status).toBe("PENDING");

    const { partnershipId } = await apiOf(b).requests.accept({ requestId });
    await expect(apiOf(stranger).partnerships.get({ partnershipId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerFor().api.partnerships.get({ partnershipId })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(apiOf(a).partnerships.get({ partnershipId: "" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await apiOf(stranger).partnerships.list()).toEqual([]);
  });

  it("two accepts at the same moment create one partnership; the other gets a clear error", async () => {
    const a = await onboarded();
    const b = await onboarded();
    const { requestId } = await apiOf(a).requests.send({ recipientId: b.id });
    const results = await Promise.allSettled([apiOf(b).requests.accept({ requestId }), apiOf(b).requests.accept({ requestId }), apiOf(b).requests.accept({ requestId })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "CONFLICT", message: "This request has already been accepted." });
    expect(await db.partnership.count({ where: { requestId } })).toBe(1);
  });

  it("declining shows the sender only that the match isn't available, and hides the pair for 90 days", async () => {
    const a = await onboarded();
    const b = await onboarded();
    const { requestId } = await apiOf(a).requests.send({ recipientId: b.id, note: "Hi" });
    await apiOf(b).requests.decline({ requestId });
    const mine = await apiOf(a).requests.list();
    expect(mine.outgoing[0]).toMatchObject({ id: requestId, outcome: "UNAVAILABLE", partnershipId: null });
    expect(JSON.stringify(mine)).not.toContain("DECLINED");
    expect((await suggestionsFor(db, a.id)).suggestions.map((s) => s.memberId)).not.toContain(b.id);
    await expect(apiOf(a).requests.send({ recipientId: b.id })).rejects.toMatchObject({ message: "This match isn't available right now." });
    await expect(apiOf(b).requests.accept({ requestId })).rejects.toMatchObject({ code: "CONFLICT" });

    await db.matchRequest.update({ where: { id: requestId }, data: { respondedAt: new Date(Date.now() - 91 * dayMs) } });
    await expect(apiOf(a).requests.send({ recipientId: b.id })).resolves.toMatchObject({ requestId: expect.any(String) });
  });

  it("a withdrawn request can no longer be accepted", async () => {
    const a = await onboarded();
    const b = await onboarded();
    const { requestId } = await apiOf(a).requests.send({ recipientId: b.id });
    await apiOf(a).requests.withdraw({ requestId });
    await expect(apiOf(b).requests.accept({ requestId })).rejects.toMatchObject({ code: "CONFLICT", message: "This request was withdrawn." });
    await expect(apiOf(a).requests.withdraw({ requestId })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await apiOf(b).requests.list()).incoming).toEqual([]);
    expect(await db.partnershipMember.count({ where: { memberId: b.id } })).toBe(0);
  });

  it("withdraw and accept at the same moment: exactly one wins", async () => {
    const a = await onboarded();
    const b = await onboarded();
    const { requestId } = await apiOf(a).requests.send({ recipientId: b.id });
    const [accepted, withdrawn] = await Promise.allSettled([apiOf(b).requests.accept({ requestId }), apiOf(a).requests.withdraw({ requestId })]);
    expect([accepted.status, withdrawn.status].sort()).toEqual(["fulfilled", "rejected"]);
    const status = (await db.matchRequest.findUniqueOrThrow({ where: { id: requestId } })).status;
    expect(status).toBe(accepted.status === "fulfilled" ? "ACCEPTED" : "WITHDRAWN");
    expect(await db.partnership.count({ where: { requestId } })).toBe(accepted.status === "fulfilled" ? 1 : 0);
  });
});

describe("expiry", () => {
  it("the expiry job marks requests older than 7 days EXPIRED once, and they can no longer be answered", async () => {
    const a = await onboarded();
    const b = await onboarded();
    const { requestId } = await sendRequest(db, a.id, { recipientId: b.id, note: null });
    const later = new Date(Date.now() + 7 * dayMs + 1000);
    await expect(acceptRequest(db, b.id, requestId, later)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("expired") });

    const [first, second] = await Promise.all([expireDueRequests(db, later), expireDueRequests(db, later)]);
    expect(first + second).toBeGreaterThanOrEqual(1);
    const request = await db.matchRequest.findUniqueOrThrow({ where: { id: requestId }, include: { events: true } });
    expect(request.status).toBe("EXPIRED");
    expect(request.events.filter((e) => e.type === "EXPIRED")).toHaveLength(1);
    expect((await apiOf(a).requests.list()).outgoing[0]).toMatchObject({ outcome: "EXPIRED" });
    await expect(apiOf(b).requests.accept({ requestId })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("expired") });
  });

  it("runs as the request-expiry job through the real queue", async () => {
    const a = await onboarded();
    const b = await onboarded();
    const { requestId } = await apiOf(a).requests.send({ recipientId: b.id });
    await db.matchRequest.update({ where: { id: requestId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    // Only this worker: a full set here would also take other test files' email jobs and could
    // stop mid-delivery when this file ends.
    const { requestQueues, workOnRequestExpiry } = await import("./jobs");
    const boss = await getBoss();
    await workOnRequestExpiry(boss);
    await boss.send(requestQueues.expireRequests, {});
    await vi.waitFor(
      async () => expect((await db.matchRequest.findUniqueOrThrow({ where: { id: requestId } })).status).toBe("EXPIRED"),
      { timeout: 20_000, interval: 200 },
    );
  });

  it("leaves requests inside their 7 days alone", async () => {
    const a = await onboarded();
    const b = await onboarded();
    const { requestId } = await apiOf(a).requests.send({ recipientId: b.id });
    await expireDueRequests(db, new Date(Date.now() + 6 * dayMs));
    expect((await db.matchRequest.findUniqueOrThrow({ where: { id: requestId } })).status).toBe("PENDING");
  });
});

describe("capacity", () => {
  it("when a member reaches capacity their other pending requests close as no longer available", async () => {
    const a = await onboarded();
    const b = await onboarded();
    const c = await onboarded();
    const d = await onboarded();
    const fromA = await apiOf(a).requests.send({ recipientId: b.id });
    const fromC = await apiOf(c).requests.send({ recipientId: b.id });
    const toD = await apiOf(b).requests.send({ recipientId: d.id });
    await apiOf(b).requests.accept({ requestId: fromA.requestId });

    expect((await db.matchRequest.findUniqueOrThrow({ where: { id: fromC.requestId } })).status).toBe("CLOSED");
    expect((await db.matchRequest.findUniqueOrThrow({ where: { id: toD.requestId } })).status).toBe("CLOSED");
    expect((await apiOf(c).requests.list()).outgoing[0]).toMatchObject({ outcome: "NO_LONGER_AVAILABLE" });
    await expect(apiOf(d).requests.send({ recipientId: b.id })).rejects.toMatchObject({ message: "This match isn't available right now." });
    expect((await suggestionsFor(db, b.id)).status).toBe("AT_CAPACITY");
    expect((await suggestionsFor(db, d.id)).suggestions.map((s) => s.memberId)).not.toContain(b.id);
  });

  it("with capacity 2, a second partnership is possible and the pair is not suggested again", async () => {
    const b = await onboarded();
    await db.profile.update({ where: { memberId: b.id }, data: { partnershipCapacity: 2 } });
    const a = await onboarded();
    const c = await onboarded();
    const first = await apiOf(a).requests.send({ recipientId: b.id });
    const second = await apiOf(c).requests.send({ recipientId: b.id });
    await apiOf(b).requests.accept({ requestId: first.requestId });
    expect((await db.matchRequest.findUniqueOrThrow({ where: { id: second.requestId } })).status).toBe("PENDING");
    await apiOf(b).requests.accept({ requestId: second.requestId });
    expect(await db.partnershipMember.count({ where: { memberId: b.id } })).toBe(2);
    await expect(apiOf(a).requests.send({ recipientId: b.id })).rejects.toMatchObject({ code: "CONFLICT", message: "You two are already partners." });
  });

  it("accepting two requests at once never exceeds capacity", async () => {
    const b = await onboarded();
    const a = await onboarded();
    const c = await onboarded();
    const fromA = await apiOf(a).requests.send({ recipientId: b.id });
    const fromC = await apiOf(c).requests.send({ recipientId: b.id });
    const results = await Promise.allSettled([apiOf(b).requests.accept({ requestId: fromA.requestId }), apiOf(b).requests.accept({ requestId: fromC.requestId })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected");
    expect(rejected?.status === "rejected" && rejected.reason).toMatchObject({ code: "CONFLICT" });
    expect(await db.partnershipMember.count({ where: { memberId: b.id } })).toBe(1);
  });
});
