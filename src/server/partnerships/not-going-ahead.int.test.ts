import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { suggestionsFor } from "@/server/matching/suggestions";
import { sendRequest } from "@/server/requests/service";
import { callerFor, malformed } from "@/test/callers";
import { createMember } from "@/test/factories";
import { lastEmailTo } from "@/test/mail";
import { isolatedSchedule, onboardedMember } from "@/test/onboarding";
import { newPartnership } from "@/test/partners";
import { runTransition } from "./transitions";

const db = getDb();
const apiOf = (member: { id: string }) => callerFor({ member }).api;

/** A DRAFTING partnership between two named members who share an hour nobody else's tests use. */
async function draft(hour = isolatedSchedule()) {
  const sender = await onboardedMember(db, hour, { displayName: "Alex" });
  const recipient = await onboardedMember(db, hour, { displayName: "Sam" });
  return { ...(await newPartnership(db, { sender, recipient })), hour };
}

/** Everything deciding not to go ahead may write for this partnership and its members. */
async function written(partnershipId: string) {
  const row = await db.partnership.findUniqueOrThrow({
    where: { id: partnershipId },
    select: {
      status: true,
      endedAt: true,
      doNotRematch: true,
      members: { select: { memberId: true, status: true }, orderBy: { memberId: "asc" } },
      events: { select: { type: true, actorId: true, data: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
  });
  const memberIds = row.members.map((m) => m.memberId);
  const [notices, emails] = await Promise.all([
    db.notification.count({ where: { memberId: { in: memberIds } } }),
    db.emailOutbox.count({ where: { memberId: { in: memberIds } } }),
  ]);
  return { ...row, notices, emails };
}

describe("partnerships.notGoingAhead", () => {
  it("ends the draft for both with one ENDED event, and tells the partner kindly without naming anyone in the email", async () => {
    const { partnershipId, sender, recipient } = await draft();
    expect(await apiOf(sender).partnerships.notGoingAhead({ partnershipId })).toEqual({ status: "ENDED" });

    const now = await written(partnershipId);
    expect(now).toMatchObject({ status: "ENDED", endedAt: expect.any(Date), doNotRematch: true });
    expect(now.members.map((m) => m.status)).toEqual(["ENDED", "ENDED"]);
    expect(now.events).toEqual([
      { type: "CREATED", actorId: recipient.id, data: expect.any(Object) },
      { type: "ENDED", actorId: sender.id, data: { how: "NOT_GOING_AHEAD" } },
    ]);

    expect(await db.notification.count({ where: { memberId: sender.id, type: "PARTNER_NOT_GOING_AHEAD" } })).toBe(0);
    const [notice] = (await apiOf(recipient).notifications.list()).items.filter((n) => n.type === "PARTNER_NOT_GOING_AHEAD");
    expect(notice).toMatchObject({ text: expect.stringContaining("Alex decided not to go ahead"), href: `/partnerships/${partnershipId}` });
    const email = await lastEmailTo(recipient.email);
    expect(email?.subject).toBe("Your partnership draft has closed");
    expect(email?.textBody).toContain("/matches");
    for (const secret of ["Alex", sender.email]) expect(email?.textBody).not.toContain(secret);

    expect((await apiOf(sender).partnerships.get({ partnershipId })).ending).toEqual({ by: "you", how: "NOT_GOING_AHEAD" });
    expect((await apiOf(recipient).partnerships.get({ partnershipId })).ending).toEqual({ by: "partner", how: "NOT_GOING_AHEAD" });
  });

  it("frees both places: each gets suggestions and can send requests again, but not to each other", async () => {
    const { partnershipId, sender, recipient, hour } = await draft();
    const [third, fourth] = [await onboardedMember(db, hour), await onboardedMember(db, hour)];
    expect(await suggestionsFor(db, sender.id)).toMatchObject({ status: "AT_CAPACITY" });
    await expect(sendRequest(db, sender.id, { recipientId: third.id, note: null })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });

    await apiOf(recipient).partnerships.notGoingAhead({ partnershipId });

    for (const member of [sender, recipient]) {
      const suggested = await suggestionsFor(db, member.id);
      expect(suggested.status).toBe("OK");
      const ids = suggested.suggestions.map((s) => s.memberId);
      expect(ids).toEqual(expect.arrayContaining([third.id, fourth.id]));
      // PRODUCT.md §9: ending defaults to "don't suggest us to each other again".
      expect(ids).not.toContain(member.id === sender.id ? recipient.id : sender.id);
    }
    await expect(sendRequest(db, sender.id, { recipientId: recipient.id, note: null })).rejects.toMatchObject({ message: "This match isn't available right now." });
    expect(await sendRequest(db, sender.id, { recipientId: third.id, note: null })).toEqual({ requestId: expect.any(String) });
    expect(await sendRequest(db, recipient.id, { recipientId: fourth.id, note: null })).toEqual({ requestId: expect.any(String) });
    expect(await apiOf(sender).partnerships.capacity()).toEqual({ capacity: 1, open: 0 });
  });

  it("answers a stranger NOT_FOUND and a signed-out caller UNAUTHORIZED, writing nothing", async () => {
    const { partnershipId } = await draft();
    const stranger = await createMember(db);
    const before = await written(partnershipId);
    await expect(apiOf(stranger).partnerships.notGoingAhead({ partnershipId })).rejects.toMatchObject({ code: "NOT_FOUND", message: "We couldn't find that partnership." });
    await expect(callerFor().api.partnerships.notGoingAhead({ partnershipId })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await written(partnershipId)).toEqual(before);
  });

  it("refuses malformed input with a clear error, a NUL byte included, and writes nothing", async () => {
    const { partnershipId, sender } = await draft();
    const before = await written(partnershipId);
    for (const input of [{}, { partnershipId: "" }, { partnershipId: `${partnershipId}\u0000` }, { partnershipId: "not an id!" }, { partnershipId: "x".repeat(41) }, { partnershipId: 42 }, null]) {
      await expect(apiOf(sender).partnerships.notGoingAhead(malformed(input))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    await expect(apiOf(sender).partnerships.notGoingAhead({ partnershipId: "cm0doesnotexist0000000000" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await written(partnershipId)).toEqual(before);
  });

  it("applies to a draft only: a started or already ended partnership is refused, saying why, and nothing changes", async () => {
    const started = await draft();
    await runTransition(db, { partnershipId: started.partnershipId, memberId: started.sender.id, action: "ACTIVATE", data: {} });
    const before = await written(started.partnershipId);
    await expect(apiOf(started.recipient).partnerships.notGoingAhead({ partnershipId: started.partnershipId })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      message: expect.stringContaining("already started"),
    });
    expect(await written(started.partnershipId)).toEqual(before);

    await runTransition(db, { partnershipId: started.partnershipId, memberId: started.sender.id, action: "PAUSE", data: {} });
    await expect(apiOf(started.sender).partnerships.notGoingAhead({ partnershipId: started.partnershipId })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    expect((await written(started.partnershipId)).status).toBe("PAUSED");

    const ended = await draft();
    await apiOf(ended.sender).partnerships.notGoingAhead({ partnershipId: ended.partnershipId });
    const afterEnd = await written(ended.partnershipId);
    await expect(apiOf(ended.recipient).partnerships.notGoingAhead({ partnershipId: ended.partnershipId })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      message: expect.stringContaining("already ended"),
    });
    expect(await written(ended.partnershipId)).toEqual(afterEnd);
  });

  it("a double click and both partners at once end it exactly once: one ENDED event, one notice", async () => {
    const { partnershipId, sender, recipient } = await draft();
    const before = await written(partnershipId);
    const results = await Promise.allSettled([sender, sender, recipient, recipient].map((m) => apiOf(m).partnerships.notGoingAhead({ partnershipId })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "PRECONDITION_FAILED", message: expect.stringContaining("already ended") });
    const now = await written(partnershipId);
    expect(now.events.filter((e) => e.type === "ENDED")).toHaveLength(1);
    expect(now.notices).toBe(before.notices + 1);
    expect(now.emails).toBe(before.emails + 1);
  });
});
