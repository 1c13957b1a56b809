import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { suggestionsFor } from "@/server/matching/suggestions";
import { acceptRequest, sendRequest } from "@/server/requests/service";
import { callerFor, malformed } from "@/test/callers";
import { createMember } from "@/test/factories";
import { isolatedSchedule, onboardedMember } from "@/test/onboarding";
import { newPartnership } from "@/test/partners";
import { blockMember } from "./service";

const db = getDb();
const apiOf = (member: { id: string }) => callerFor({ member }).api;
type Member = Awaited<ReturnType<typeof onboardedMember>>;

/** Two members who would be suggested to each other, sharing an hour nobody else's tests use. */
async function pair(names = { a: "Alex", b: "Sam" }) {
  const hour = isolatedSchedule();
  const [a, b] = await Promise.all([onboardedMember(db, hour, { displayName: names.a }), onboardedMember(db, hour, { displayName: names.b })]);
  return { a, b, hour };
}

const heard = async (member: Member) => {
  const [notices, emails] = await Promise.all([db.notification.count({ where: { memberId: member.id } }), db.emailOutbox.count({ where: { memberId: member.id } })]);
  return { notices, emails };
};

const suggestedTo = async (member: Member) => (await suggestionsFor(db, member.id)).suggestions.map((s) => s.memberId);

describe("blocks.block", () => {
  it("ends their partnership quietly: no actor, no notice and no email for the blocked member, hidden from both", async () => {
    const { a, b } = await pair();
    const { partnershipId } = await newPartnership(db, { sender: b, recipient: a });
    const before = await heard(b);

    expect(await apiOf(a).blocks.block({ memberId: b.id })).toEqual({ ok: true });

    const partnership = await db.partnership.findUniqueOrThrow({
      where: { id: partnershipId },
      select: { status: true, events: { where: { type: "ENDED" }, select: { actorId: true, data: true } } },
    });
    expect(partnership).toEqual({ status: "ENDED", events: [{ actorId: null, data: { how: "QUIETLY" } }] });
    expect(await heard(b)).toEqual(before);
    for (const member of [a, b]) {
      expect(await apiOf(member).partnerships.list()).toEqual([]);
      await expect(apiOf(member).partnerships.get({ partnershipId })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(apiOf(member).agreement.load({ partnershipId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("closes pending requests both ways as 'not available', and hides them from both lists", async () => {
    const { a, b, hour } = await pair();
    const c = await onboardedMember(db, hour);
    const toB = await sendRequest(db, a.id, { recipientId: b.id, note: "Shall we?" });
    const fromC = await sendRequest(db, c.id, { recipientId: a.id, note: null });

    await apiOf(a).blocks.block({ memberId: b.id });
    await apiOf(a).blocks.block({ memberId: c.id });

    for (const { requestId } of [toB, fromC]) {
      const request = await db.matchRequest.findUniqueOrThrow({ where: { id: requestId }, select: { status: true, events: { select: { type: true, actorId: true } } } });
      expect(request.status).toBe("CLOSED");
      expect(request.events).toContainEqual({ type: "CLOSED", actorId: null });
    }
    const [mine, bs, cs] = await Promise.all([apiOf(a).requests.list(), apiOf(b).requests.list(), apiOf(c).requests.list()]);
    expect([mine.incoming, mine.outgoing, bs.incoming, cs.outgoing]).toEqual([[], [], [], []]);
  });

  it("hides each from the other in suggestions, and a request to the blocker is answered like an unknown member", async () => {
    const { a, b } = await pair();
    expect(await suggestedTo(a)).toContain(b.id);
    expect(await suggestedTo(b)).toContain(a.id);

    await apiOf(a).blocks.block({ memberId: b.id });

    expect(await suggestedTo(a)).not.toContain(b.id);
    expect(await suggestedTo(b)).not.toContain(a.id);
    await expect(apiOf(b).requests.send({ recipientId: a.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("hides notices naming the other from both, and the unread counts agree with the lists", async () => {
    const { a, b } = await pair();
    await newPartnership(db, { sender: b, recipient: a }); // a hears of b's request, b of a's acceptance
    expect((await apiOf(a).notifications.list()).items.map((n) => n.type)).toContain("REQUEST_RECEIVED");
    expect((await apiOf(b).notifications.list()).items.map((n) => n.type)).toContain("REQUEST_ACCEPTED");

    await apiOf(b).blocks.block({ memberId: a.id });

    for (const member of [a, b]) {
      const list = await apiOf(member).notifications.list();
      expect(list.items).toEqual([]);
      expect(list.unread).toBe(0);
      expect(await apiOf(member).notifications.unreadCount()).toBe(0);
    }
  });

  it("is idempotent: blocking twice keeps one block", async () => {
    const { a, b } = await pair();
    await apiOf(a).blocks.block({ memberId: b.id });
    await apiOf(a).blocks.block({ memberId: b.id });
    expect(await db.block.count({ where: { blockerId: a.id, blockedId: b.id } })).toBe(1);
  });

  it("refuses yourself, an unknown or deleted member, bad ids and anonymous callers, writing nothing", async () => {
    const { a } = await pair();
    const gone = await createMember(db);
    await db.member.update({ where: { id: gone.id }, data: { status: "DELETED" } });
    await expect(apiOf(a).blocks.block({ memberId: a.id })).rejects.toMatchObject({ code: "BAD_REQUEST", message: "You can't block yourself." });
    for (const memberId of ["cm0nobodyhere000000000000", gone.id]) {
      await expect(apiOf(a).blocks.block({ memberId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    for (const memberId of ["a\u0000b", "", "x".repeat(41), "DROP TABLE", 42, null]) {
      await expect(apiOf(a).blocks.block(malformed({ memberId }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    await expect(callerFor().api.blocks.block({ memberId: gone.id })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await db.block.count({ where: { OR: [{ blockerId: a.id }, { blockedId: a.id }] } })).toBe(0);
  });

  it("and an accept of a request between them at the same moment never leave an open partnership", async () => {
    for (let round = 0; round < 4; round++) {
      const { a, b } = await pair();
      const { requestId } = await sendRequest(db, b.id, { recipientId: a.id, note: null });
      const [accepted, blocked] = await Promise.allSettled([acceptRequest(db, a.id, requestId), blockMember(db, { blockerId: b.id, blockedId: a.id })]);
      expect(blocked.status).toBe("fulfilled");
      if (accepted.status === "rejected") expect(accepted.reason).toMatchObject({ code: expect.stringMatching(/CONFLICT|PRECONDITION_FAILED/) });
      const open = await db.partnership.count({
        where: { status: { not: "ENDED" }, AND: [{ members: { some: { memberId: a.id } } }, { members: { some: { memberId: b.id } } }] },
      });
      expect(open).toBe(0);
    }
  });
});

describe("blocks.unblock and blocks.list", () => {
  it("lists the member's own blocks newest first by current name, never an email; a deleted member is 'A former member'", async () => {
    const { a, b } = await pair({ a: "Alex", b: "Sam" });
    const c = await createMember(db, { displayName: "Robin" });
    await blockMember(db, { blockerId: a.id, blockedId: b.id }, new Date(Date.now() - 60_000));
    await blockMember(db, { blockerId: a.id, blockedId: c.id });
    await db.member.update({ where: { id: b.id }, data: { displayName: "Sam R." } });

    const list = await apiOf(a).blocks.list();
    expect(list).toEqual([
      { memberId: c.id, displayName: "Robin", blockedAt: expect.any(Date) },
      { memberId: b.id, displayName: "Sam R.", blockedAt: expect.any(Date) },
    ]);
    expect(JSON.stringify(list)).not.toContain("@");
    expect(await apiOf(b).blocks.list()).toEqual([]);

    await db.member.update({ where: { id: c.id }, data: { status: "DELETED" } });
    expect((await apiOf(a).blocks.list())[0]?.displayName).toBe("A former member");
  });

  it("unblocks only the member's own block, and brings back nothing the block ended", async () => {
    const { a, b, hour } = await pair();
    const stranger = await onboardedMember(db, hour);
    const { partnershipId } = await newPartnership(db, { sender: b, recipient: a });
    await apiOf(a).blocks.block({ memberId: b.id });

    await expect(apiOf(stranger).blocks.unblock({ memberId: b.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(apiOf(b).blocks.unblock({ memberId: a.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(apiOf(a).blocks.unblock({ memberId: "a\u0000" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await db.block.count({ where: { blockerId: a.id } })).toBe(1);

    expect(await apiOf(a).blocks.unblock({ memberId: b.id })).toEqual({ ok: true });
    expect(await apiOf(a).blocks.list()).toEqual([]);
    await expect(apiOf(a).blocks.unblock({ memberId: b.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await apiOf(a).partnerships.get({ partnershipId })).status).toBe("ENDED");
    // The quiet ending keeps them apart in matching, as every ending does.
    expect(await suggestedTo(a)).not.toContain(b.id);
  });
});
