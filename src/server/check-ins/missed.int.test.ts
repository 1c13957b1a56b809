/**
 * Reminders and the missed-check-in ladder, on a database of this file's own: the jobs look at
 * every active partnership, and other files' partnerships must neither disturb nor be disturbed.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { NotificationType } from "@/generated/prisma/client";
import { getDb, type Db } from "@/server/db/client";
import { getBoss } from "@/server/jobs/boss";
import { apiOf } from "@/test/agreement-docs";
import { checkInPartnership, noonUtc } from "@/test/check-ins";
import { createMember } from "@/test/factories";
import { usePrivateDatabase } from "@/test/private-database";
import { sendCheckInReminders, sendMissedCheckInNotices } from "./notice-runs";

const minute = 60_000;
const hour = 60 * minute;
let database: { drop: () => Promise<void> };
let db: Db;

beforeAll(async () => {
  database = await usePrivateDatabase();
  db = getDb();
}, 120_000);
afterAll(async () => database?.drop());

/** A daily 12:00 UTC partnership whose first check-in was at noon `days` days ago. */
async function startedDaysAgo(days: number) {
  const p = await checkInPartnership(db);
  await db.agreementVersion.update({ where: { id: p.versionId }, data: { inForceAt: new Date(noonUtc(days).getTime() - hour) } });
  return p;
}

/** Just after the grace period of the check-in of `daysAgo` days ago. */
const graceOver = (daysAgo: number) => new Date(noonUtc(daysAgo - 1).getTime() + minute);

const noticesOf = (partnershipId: string, type: NotificationType) =>
  db.notification.findMany({ where: { type, data: { path: ["partnershipId"], equals: partnershipId } }, select: { memberId: true, data: true } });

const emailsTo = (memberIds: string[], subject: string) => db.emailOutbox.count({ where: { memberId: { in: memberIds }, subject } });

describe("the missed-check-in ladder", () => {
  it("nudges both partners once after a miss, however often it runs, even two runs at once", async () => {
    const { partnershipId, a, b } = await startedDaysAgo(10);
    expect(await sendMissedCheckInNotices(db, new Date(graceOver(10).getTime() - 2 * minute))).toBe(0);
    await Promise.all([sendMissedCheckInNotices(db, graceOver(10)), sendMissedCheckInNotices(db, graceOver(10))]);
    await sendMissedCheckInNotices(db, new Date(graceOver(10).getTime() + 15 * minute));

    const missed = await noticesOf(partnershipId, "CHECK_IN_MISSED");
    expect(missed.map((n) => n.memberId).sort()).toEqual([a.id, b.id].sort());
    const toA = missed.find((n) => n.memberId === a.id);
    expect(toA?.data).toMatchObject({ fromMemberId: b.id, at: noonUtc(10).getTime() });
    expect(await emailsTo([a.id, b.id], "A check-in didn't get logged")).toBe(2);
    expect(await db.checkInNotice.count({ where: { partnershipId, kind: "MISSED" } })).toBe(1);
  });

  it("sends a second nudge, then invites a pause or review after three in a row", async () => {
    const { partnershipId, a, b } = await startedDaysAgo(10);
    await sendMissedCheckInNotices(db, graceOver(10));
    await sendMissedCheckInNotices(db, graceOver(9));
    expect(await noticesOf(partnershipId, "CHECK_IN_MISSED")).toHaveLength(4);
    expect(await noticesOf(partnershipId, "CHECK_IN_PAUSE_OR_REVIEW")).toHaveLength(0);

    await sendMissedCheckInNotices(db, graceOver(8));
    await sendMissedCheckInNotices(db, graceOver(8));
    const invitations = await noticesOf(partnershipId, "CHECK_IN_PAUSE_OR_REVIEW");
    expect(invitations.map((n) => n.memberId).sort()).toEqual([a.id, b.id].sort());
    expect(await noticesOf(partnershipId, "CHECK_IN_MISSED")).toHaveLength(4);

    await sendMissedCheckInNotices(db, graceOver(7));
    expect(await db.notification.count({ where: { memberId: { in: [a.id, b.id] }, type: { in: ["CHECK_IN_MISSED", "CHECK_IN_PAUSE_OR_REVIEW"] } } })).toBe(6);
  });

  it("sends nothing for a logged check-in", async () => {
    const { partnershipId, a } = await startedDaysAgo(10);
    await db.checkIn.create({ data: { partnershipId, occurrenceStart: noonUtc(10), happenedAt: noonUtc(10), durationMinutes: 30, channel: "VIDEO", loggedById: a.id } });
    await sendMissedCheckInNotices(db, graceOver(10));
    expect(await noticesOf(partnershipId, "CHECK_IN_MISSED")).toHaveLength(0);
  });

  it("sends nothing while paused, nor for a check-in that fell in a pause", async () => {
    const paused = await startedDaysAgo(10);
    await db.partnership.update({ where: { id: paused.partnershipId }, data: { status: "PAUSED" } });
    await db.partnershipEvent.create({ data: { partnershipId: paused.partnershipId, type: "PAUSED", actorId: paused.a.id, createdAt: new Date(noonUtc(10).getTime() - 30 * minute) } });

    const resumed = await startedDaysAgo(10);
    await db.partnershipEvent.create({ data: { partnershipId: resumed.partnershipId, type: "PAUSED", actorId: resumed.a.id, createdAt: new Date(noonUtc(10).getTime() - 30 * minute) } });
    await db.partnershipEvent.create({ data: { partnershipId: resumed.partnershipId, type: "RESUMED", actorId: resumed.a.id, createdAt: new Date(noonUtc(10).getTime() + 30 * minute) } });

    await sendMissedCheckInNotices(db, graceOver(10));
    await sendCheckInReminders(db, new Date(noonUtc(9).getTime() - 30 * minute));
    expect(await noticesOf(paused.partnershipId, "CHECK_IN_MISSED")).toHaveLength(0);
    expect(await noticesOf(paused.partnershipId, "CHECK_IN_REMINDER")).toHaveLength(0);
    expect(await noticesOf(resumed.partnershipId, "CHECK_IN_MISSED")).toHaveLength(0);
  });

  it("sends nothing to a partnership with a block between them, or one that ended", async () => {
    const blocked = await startedDaysAgo(10);
    await db.block.create({ data: { blockerId: blocked.a.id, blockedId: blocked.b.id } });
    const ended = await startedDaysAgo(10);
    await db.partnership.update({ where: { id: ended.partnershipId }, data: { status: "ENDED", endedAt: new Date() } });

    await sendMissedCheckInNotices(db, graceOver(10));
    await sendCheckInReminders(db, new Date(noonUtc(9).getTime() - 30 * minute));
    for (const { partnershipId } of [blocked, ended]) {
      const types: NotificationType[] = ["CHECK_IN_MISSED", "CHECK_IN_REMINDER", "CHECK_IN_PAUSE_OR_REVIEW"];
      expect(await db.notification.count({ where: { type: { in: types }, data: { path: ["partnershipId"], equals: partnershipId } } })).toBe(0);
    }
  });
});

describe("reminders", () => {
  it("reminds both partners once within the hour before a check-in, in-app and by email", async () => {
    const { partnershipId, a, b } = await startedDaysAgo(10);
    const soon = new Date(noonUtc(9).getTime() - 50 * minute);
    expect(await sendCheckInReminders(db, new Date(noonUtc(9).getTime() - 61 * minute))).toBe(0);
    await Promise.all([sendCheckInReminders(db, soon), sendCheckInReminders(db, soon)]);
    await sendCheckInReminders(db, new Date(soon.getTime() + 15 * minute));

    const reminders = await noticesOf(partnershipId, "CHECK_IN_REMINDER");
    expect(reminders.map((n) => n.memberId).sort()).toEqual([a.id, b.id].sort());
    expect(reminders.find((n) => n.memberId === b.id)?.data).toMatchObject({ fromMemberId: a.id, at: noonUtc(9).getTime() });
    expect(await emailsTo([a.id, b.id], "Your check-in is coming up")).toBe(2);
  });
});

describe("check-ins kept", () => {
  it("both partners see how many of the recent check-ins were met; nobody else does", async () => {
    const { partnershipId, a, b } = await startedDaysAgo(10);
    for (const start of [noonUtc(10), noonUtc(5)]) {
      await db.checkIn.create({ data: { partnershipId, occurrenceStart: start, happenedAt: start, durationMinutes: 30, channel: "VIDEO", loggedById: a.id } });
    }
    const now = new Date();
    // Days 10 to 1 ago are past their grace period once today's noon has passed; day 1's only then.
    const of = now.getTime() >= noonUtc(0, now).getTime() ? 10 : 9;
    expect((await apiOf(a).checkIns.list({ partnershipId })).reliability).toEqual({ met: 2, of });
    expect((await apiOf(b).checkIns.list({ partnershipId })).reliability).toEqual({ met: 2, of });
    const stranger = await createMember(db);
    await expect(apiOf(stranger).checkIns.list({ partnershipId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("through the real queue", () => {
  it("a missed check-in nudges each partner once, even when the job runs twice", async () => {
    const now = new Date();
    // The latest check-in whose grace period is over: yesterday's noon once today's noon has passed.
    const latestDue = noonUtc(now.getTime() >= noonUtc(0, now).getTime() ? 1 : 2, now);
    const p = await checkInPartnership(db);
    await db.agreementVersion.update({ where: { id: p.versionId }, data: { inForceAt: new Date(latestDue.getTime() - hour) } });

    const { checkInQueues, workOnMissed } = await import("./jobs");
    const boss = await getBoss();
    await workOnMissed(boss);
    const ids = [await boss.send(checkInQueues.missed, {}), await boss.send(checkInQueues.missed, {})];
    await vi.waitFor(
      async () => {
        for (const id of ids) expect((await boss.getJobById(checkInQueues.missed, id ?? ""))?.state).toBe("completed");
      },
      { timeout: 30_000, interval: 250 },
    );
    const missed = await noticesOf(p.partnershipId, "CHECK_IN_MISSED");
    expect(missed.map((n) => n.memberId).sort()).toEqual([p.a.id, p.b.id].sort());
  });

  it("a check-in starting soon reminds each partner once, even when the job runs twice", async () => {
    const p = await checkInPartnership(db);
    // Move the daily check-in to the next whole quarter hour at least 20 minutes from now (UTC), so it is due for a reminder.
    const soon = new Date(Math.ceil((Date.now() + 20 * minute) / (15 * minute)) * 15 * minute);
    const time = soon.toISOString().slice(11, 16);
    const stored = await db.agreementVersion.findUniqueOrThrow({ where: { id: p.versionId }, select: { content: true } });
    const content = stored.content as { text: Record<string, string>; fields: Record<string, unknown> };
    await db.agreementVersion.update({ where: { id: p.versionId }, data: { content: { ...content, fields: { ...content.fields, time } } } });

    const { checkInQueues, workOnReminders } = await import("./jobs");
    const boss = await getBoss();
    await workOnReminders(boss);
    const ids = [await boss.send(checkInQueues.reminders, {}), await boss.send(checkInQueues.reminders, {})];
    await vi.waitFor(
      async () => {
        for (const id of ids) expect((await boss.getJobById(checkInQueues.reminders, id ?? ""))?.state).toBe("completed");
      },
      { timeout: 30_000, interval: 250 },
    );
    const reminders = await noticesOf(p.partnershipId, "CHECK_IN_REMINDER");
    expect(reminders.map((n) => n.memberId).sort()).toEqual([p.a.id, p.b.id].sort());
    expect(reminders.every((n) => (n.data as { at: number }).at === soon.getTime())).toBe(true);
  });
});
