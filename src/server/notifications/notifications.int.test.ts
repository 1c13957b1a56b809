import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { callerFor } from "@/test/callers";
import { createMember } from "@/test/factories";
import { onboardedMember } from "@/test/onboarding";
import { notify, type Notice } from "./service";

const db = getDb();
const apiOf = (member: { id: string }) => callerFor({ member }).api;
const send = (notice: Notice) => db.$transaction((tx) => notify(tx, notice));

describe("notify", () => {
  it("writes the notice with its data as the catalog parses it, and its email naming nobody", async () => {
    const to = await createMember(db, { displayName: "Robin" });
    const from = await createMember(db, { displayName: "Sam Quietwater" });
    await send({ memberId: to.id, type: "REQUEST_ACCEPTED", data: { requestId: "req1", partnershipId: "ps1", fromMemberId: from.id } });
    const stored = await db.notification.findFirstOrThrow({ where: { memberId: to.id } });
    expect(stored).toMatchObject({ type: "REQUEST_ACCEPTED", data: { requestId: "req1", partnershipId: "ps1", fromMemberId: from.id }, readAt: null });
    const email = await db.emailOutbox.findFirstOrThrow({ where: { memberId: to.id } });
    expect(email).toMatchObject({ toAddress: to.email, subject: "Your partnership request was accepted" });
    expect(email.textBody).toContain("Hi Robin");
    expect(email.textBody).toContain("/partnerships/ps1");
    expect(email.textBody).not.toContain("Sam");
  });

  it("refuses data its type's schema rejects, and the transaction writes nothing", async () => {
    const to = await createMember(db);
    // @ts-expect-error REQUEST_ACCEPTED needs the partnership: the types refuse it too.
    await expect(send({ memberId: to.id, type: "REQUEST_ACCEPTED", data: { requestId: "req1", fromMemberId: to.id } })).rejects.toThrow(/schema/);
    await expect(send({ memberId: to.id, type: "REQUEST_RECEIVED", data: { requestId: "not an id!", fromMemberId: to.id } })).rejects.toThrow(/schema/);
    expect(await db.notification.count({ where: { memberId: to.id } })).toBe(0);
    expect(await db.emailOutbox.count({ where: { memberId: to.id } })).toBe(0);
  });

  it("emails nobody who is suspended, though the notice waits in their centre", async () => {
    const to = await createMember(db);
    await db.member.update({ where: { id: to.id }, data: { status: "SUSPENDED" } });
    await send({ memberId: to.id, type: "REQUEST_RECEIVED", data: { requestId: "req1", fromMemberId: to.id } });
    expect(await db.notification.count({ where: { memberId: to.id } })).toBe(1);
    expect(await db.emailOutbox.count({ where: { memberId: to.id } })).toBe(0);
  });
});

describe("notifications.list", () => {
  it("writes each notice's text when it is read: renames show, a deleted member is a former member", async () => {
    const me = await createMember(db);
    const [sam, kit] = [await createMember(db, { displayName: "Sam" }), await createMember(db, { displayName: "Kit" })];
    await send({ memberId: me.id, type: "REQUEST_RECEIVED", data: { requestId: "req1", fromMemberId: sam.id } });
    await send({ memberId: me.id, type: "REQUEST_ACCEPTED", data: { requestId: "req2", partnershipId: "ps2", fromMemberId: kit.id } });

    const first = await apiOf(me).notifications.list();
    expect(first.unread).toBe(2);
    expect(first.items.map(({ type, text, href, action }) => ({ type, text, href, action }))).toEqual([
      {
        type: "REQUEST_ACCEPTED",
        text: "Kit accepted your request. You can start shaping your agreement together.",
        href: "/partnerships/ps2",
        action: "Go to your partnership",
      },
      { type: "REQUEST_RECEIVED", text: "Sam would like to be your accountability partner.", href: "/requests", action: "See the request" },
    ]);

    await db.member.update({ where: { id: sam.id }, data: { displayName: "Samira" } });
    await db.member.update({ where: { id: kit.id }, data: { status: "DELETED" } });
    const later = await apiOf(me).notifications.list();
    expect(later.items.map((item) => item.text)).toEqual([
      "A former member accepted your request. You can start shaping your agreement together.",
      "Samira would like to be your accountability partner.",
    ]);
  });

  it("parses stored data instead of trusting it: a row that no longer parses reads as a neutral update", async () => {
    const me = await createMember(db);
    const sam = await createMember(db, { displayName: "Sam" });
    await send({ memberId: me.id, type: "REQUEST_RECEIVED", data: { requestId: "req1", fromMemberId: sam.id } });
    await db.notification.create({ data: { memberId: me.id, type: "REQUEST_ACCEPTED", data: { requestId: "req2" } } });
    const { items } = await apiOf(me).notifications.list();
    expect(items.map(({ text, href }) => ({ text, href }))).toEqual([
      { text: "There's an update waiting for you.", href: "/dashboard" },
      { text: "Sam would like to be your accountability partner.", href: "/requests" },
    ]);
  });

  it("shows a member only their own notices, and asks anonymous callers to sign in", async () => {
    const [me, other] = [await createMember(db), await createMember(db)];
    await send({ memberId: other.id, type: "REQUEST_RECEIVED", data: { requestId: "req1", fromMemberId: me.id } });
    expect(await apiOf(me).notifications.list()).toEqual({ items: [], unread: 0 });
    expect(await apiOf(me).notifications.unreadCount()).toBe(0);
    await expect(callerFor().api.notifications.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(callerFor().api.notifications.unreadCount()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(callerFor().api.notifications.markRead({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("notifications.markRead", () => {
  it("marks the member's own notifications read and ignores anyone else's ids", async () => {
    const onboarded = () => onboardedMember(db);
    const a = await onboarded();
    const b = await onboarded();
    const c = await onboarded();
    await apiOf(a).requests.send({ recipientId: b.id });
    await apiOf(a).requests.send({ recipientId: c.id });
    const cNotice = (await apiOf(c).notifications.list()).items[0]!;
    expect(await apiOf(b).notifications.unreadCount()).toBe(1);
    expect(await apiOf(b).notifications.markRead({ ids: [cNotice.id] })).toEqual({ unread: 1 });
    expect(await apiOf(c).notifications.unreadCount()).toBe(1);
    expect(await apiOf(b).notifications.markRead({})).toEqual({ unread: 0 });
    await expect(apiOf(b).notifications.markRead({ ids: [] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(apiOf(b).notifications.markRead({ ids: Array.from({ length: 101 }, () => "abc") })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(callerFor().api.notifications.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("marks only the listed ones, keeps the time of the first reading, and refuses malformed ids", async () => {
    const me = await createMember(db);
    for (const requestId of ["req1", "req2"]) await send({ memberId: me.id, type: "REQUEST_RECEIVED", data: { requestId, fromMemberId: me.id } });
    const [newest, oldest] = (await apiOf(me).notifications.list()).items;
    expect(await apiOf(me).notifications.markRead({ ids: [newest!.id] })).toEqual({ unread: 1 });
    const readAt = (await db.notification.findUniqueOrThrow({ where: { id: newest!.id } })).readAt;
    expect(readAt).toBeInstanceOf(Date);
    expect(await apiOf(me).notifications.markRead({})).toEqual({ unread: 0 });
    expect((await db.notification.findUniqueOrThrow({ where: { id: newest!.id } })).readAt).toEqual(readAt);
    expect((await db.notification.findUniqueOrThrow({ where: { id: oldest!.id } })).readAt).toBeInstanceOf(Date);
    for (const ids of [["abc\u0000def"], ["x".repeat(41)], ["'; DROP TABLE notification; --"]]) {
      await expect(apiOf(me).notifications.markRead({ ids })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
  });
});
