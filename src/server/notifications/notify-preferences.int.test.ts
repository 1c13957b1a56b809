import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { getBoss } from "@/server/jobs/boss";
import { deliverEmail, pendingEmailIds } from "@/server/mail/outbox";
import { mailQueues } from "@/server/mail/queues";
import type { MailTransport, OutgoingEmail } from "@/server/mail/transport";
import { callerFor } from "@/test/callers";
import { createMember } from "@/test/factories";
import { notify, type Notice } from "./service";

const db = getDb();
const apiOf = (member: { id: string }) => callerFor({ member }).api;
const send = (notice: Notice, now?: Date) => db.$transaction((tx) => notify(tx, notice, now));

function recordingTransport(): MailTransport & { sent: OutgoingEmail[] } {
  const sent: OutgoingEmail[] = [];
  return { name: "dev-mailbox", sent, send: async (email) => void sent.push(email) };
}

const night = { on: true, start: "22:00", end: "08:00" };

describe("notify honours preferences", () => {
  it("writes nothing at all for a type the member switched off", async () => {
    const me = await createMember(db);
    const from = await createMember(db);
    await apiOf(me).notifications.setPreferences({ choices: { REQUEST_RECEIVED: "OFF" }, quietHours: { ...night, on: false } });
    await send({ memberId: me.id, type: "REQUEST_RECEIVED", data: { requestId: "req1", fromMemberId: from.id } });
    expect(await db.notification.count({ where: { memberId: me.id } })).toBe(0);
    expect(await db.emailOutbox.count({ where: { memberId: me.id } })).toBe(0);
  });

  it("writes the notice but no email for a type set to the notification centre only", async () => {
    const me = await createMember(db);
    const from = await createMember(db);
    await apiOf(me).notifications.setPreferences({ choices: { REQUEST_RECEIVED: "IN_APP" }, quietHours: { ...night, on: false } });
    await send({ memberId: me.id, type: "REQUEST_RECEIVED", data: { requestId: "req1", fromMemberId: from.id } });
    await send({ memberId: me.id, type: "REQUEST_ACCEPTED", data: { requestId: "req2", partnershipId: "ps2", fromMemberId: from.id } });
    expect(await db.notification.count({ where: { memberId: me.id } })).toBe(2);
    const emails = await db.emailOutbox.findMany({ where: { memberId: me.id }, select: { subject: true } });
    expect(emails).toEqual([{ subject: "Your partnership request was accepted" }]);
  });

  it("still delivers a moderator's note to the centre when stored choices say off", async () => {
    const me = await createMember(db);
    await db.notificationPreferences.create({ data: { memberId: me.id, choices: { MODERATOR_WARNING: "OFF", BOGUS: "OFF" } } });
    await send({ memberId: me.id, type: "MODERATOR_WARNING", data: {} });
    expect(await db.notification.count({ where: { memberId: me.id } })).toBe(1);
  });
});

describe("quiet hours", () => {
  it("holds an email written in them until they end, the worker won't send it early, then sends it once", async () => {
    const me = await createMember(db, { timezone: "Europe/Berlin", displayName: "Robin" });
    const from = await createMember(db, { displayName: "Sam Quietwater" });
    await apiOf(me).notifications.setPreferences({ choices: {}, quietHours: night });
    // 23:30 in Berlin on a summer night (UTC+2): held until 08:00 Berlin, 06:00 UTC.
    const lateEvening = new Date("2026-06-10T21:30:00Z");
    const morning = new Date("2026-06-11T06:00:00Z");
    await send({ memberId: me.id, type: "REQUEST_ACCEPTED", data: { requestId: "req1", partnershipId: "ps1", fromMemberId: from.id } }, lateEvening);

    expect(await db.notification.count({ where: { memberId: me.id } })).toBe(1);
    const row = await db.emailOutbox.findFirstOrThrow({ where: { memberId: me.id } });
    expect(row.notBefore).toEqual(morning);
    const [job] = await (await getBoss()).findJobs(mailQueues.sendEmail, { data: { id: row.id } });
    expect(job?.startAfter).toEqual(morning);

    const transport = recordingTransport();
    expect(await deliverEmail(db, row.id, transport, new Date("2026-06-11T05:59:00Z"))).toBe("deferred");
    expect(await pendingEmailIds(db, new Date("2030-01-01"), 100_000, new Date("2026-06-11T05:59:00Z"))).not.toContain(row.id);
    expect(transport.sent).toEqual([]);

    expect(await pendingEmailIds(db, new Date("2030-01-01"), 100_000, morning)).toContain(row.id);
    const [first, second] = [await deliverEmail(db, row.id, transport, morning), await deliverEmail(db, row.id, transport, morning)];
    expect([first, second]).toEqual(["sent", "skipped"]);
    expect(transport.sent).toHaveLength(1);

    const email = transport.sent[0];
    expect(email?.html).toContain("Hi Robin,");
    expect(email?.html).toContain("/partnerships/ps1");
    expect(email?.html).not.toContain("Sam");
    expect(email?.text).not.toContain("Sam");
  });

  it("lets an email outside them go at once", async () => {
    const me = await createMember(db, { timezone: "Europe/Berlin" });
    await apiOf(me).notifications.setPreferences({ choices: {}, quietHours: night });
    await send({ memberId: me.id, type: "MODERATOR_WARNING", data: {} }, new Date("2026-06-10T10:00:00Z"));
    const row = await db.emailOutbox.findFirstOrThrow({ where: { memberId: me.id } });
    expect(row.notBefore).toBeNull();
  });

  it("never holds back an account email: a reset link arrives at once, whatever the member chose", async () => {
    const me = await createMember(db);
    // Quiet all day long, and every optional notice switched off.
    await apiOf(me).notifications.setPreferences({ choices: { REQUEST_RECEIVED: "OFF", AGREEMENT_SIGNED: "OFF" }, quietHours: { on: true, start: "00:00", end: "23:59" } });
    await callerFor().api.account.requestPasswordReset({ email: me.email });
    const row = await db.emailOutbox.findFirstOrThrow({ where: { memberId: me.id } });
    expect(row).toMatchObject({ subject: "Reset your Tandem password", notBefore: null });
    const [job] = await (await getBoss()).findJobs(mailQueues.sendEmail, { data: { id: row.id } });
    expect(job?.startAfter.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    const transport = recordingTransport();
    expect(await deliverEmail(db, row.id, transport)).toBe("sent");
    expect(transport.sent[0]?.html).toContain("/reset?token=");
  });
});
