/**
 * The pause clock, on a database of this file's own: it looks at every planned and running pause,
 * and other files' pauses must neither disturb nor be disturbed.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { NotificationType } from "@/generated/prisma/client";
import { getDb, type Db } from "@/server/db/client";
import { getBoss } from "@/server/jobs/boss";
import { apiOf } from "@/test/agreement-docs";
import { dayFromNow, midnightUtc, pausePartnership } from "@/test/pauses";
import { usePrivateDatabase } from "@/test/private-database";
import { pauseQueue, runPauseClock, workOnPauseClock } from "./jobs";

const minute = 60_000;
let database: { drop: () => Promise<void> };
let db: Db;

beforeAll(async () => {
  database = await usePrivateDatabase();
  db = getDb();
}, 120_000);
afterAll(async () => database?.drop());

const noticesOf = (partnershipId: string, type: NotificationType) =>
  db.notification.findMany({ where: { type, data: { path: ["partnershipId"], equals: partnershipId } }, select: { memberId: true, data: true } });
const statusOf = async (partnershipId: string) => (await db.partnership.findUniqueOrThrow({ where: { id: partnershipId }, select: { status: true } })).status;
const pauseOf = (id: string) => db.partnershipPause.findUniqueOrThrow({ where: { id }, select: { status: true, endedHow: true, startedAt: true } });
const timedEvents = (partnershipId: string) => db.partnershipEvent.findMany({ where: { partnershipId, type: { in: ["PAUSED", "RESUMED"] } }, select: { type: true, actorId: true, data: true }, orderBy: { createdAt: "asc" } });

describe("runPauseClock", () => {
  it("starts a planned pause on its day and resumes it on its end date, each once, with a welcome back in each partner's zone", async () => {
    const { partnershipId, a, b } = await pausePartnership(db, { pauseAlone: true });
    await db.member.update({ where: { id: b.id }, data: { timezone: "Asia/Tokyo" } });
    const { pauseId } = await apiOf(a).pauses.request({ partnershipId, start: dayFromNow(2), resumesOn: dayFromNow(5) });
    const startsAt = midnightUtc(dayFromNow(2));
    const endsAt = midnightUtc(dayFromNow(5));

    expect(await runPauseClock(db, new Date(startsAt.getTime() - minute))).toEqual({ started: 0, resumed: 0 });
    expect(await statusOf(partnershipId)).toBe("ACTIVE");

    const [first, second] = await Promise.all([runPauseClock(db, new Date(startsAt.getTime() + minute)), runPauseClock(db, new Date(startsAt.getTime() + minute))]);
    expect(first.started + second.started).toBe(1);
    expect(await statusOf(partnershipId)).toBe("PAUSED");
    expect(await pauseOf(pauseId)).toMatchObject({ status: "ACTIVE" });
    const started = await noticesOf(partnershipId, "PAUSE_STARTED");
    // The partner heard of the plan when it was made; at its start both hear it has begun.
    expect(started.filter((n) => (n.data as { fromMemberId: string | null }).fromMemberId === null).map((n) => n.memberId).sort()).toEqual([a.id, b.id].sort());

    expect(await runPauseClock(db, new Date(endsAt.getTime() - minute))).toEqual({ started: 0, resumed: 0 });
    expect(await runPauseClock(db, new Date(endsAt.getTime() + minute))).toEqual({ started: 0, resumed: 1 });
    expect(await runPauseClock(db, new Date(endsAt.getTime() + 2 * minute))).toEqual({ started: 0, resumed: 0 });
    expect(await statusOf(partnershipId)).toBe("ACTIVE");
    expect(await pauseOf(pauseId)).toMatchObject({ status: "ENDED", endedHow: "AUTOMATICALLY" });
    expect(await timedEvents(partnershipId)).toEqual([
      { type: "PAUSED", actorId: null, data: { pauseId } },
      { type: "RESUMED", actorId: null, data: { pauseId, how: "AUTOMATICALLY" } },
    ]);
    const welcomes = await noticesOf(partnershipId, "PAUSE_RESUMED");
    expect(welcomes).toHaveLength(2);
    // The daily 12:00 UTC check-in on the day it picks up again.
    const next = endsAt.getTime() + 12 * 60 * minute;
    expect(welcomes.find((n) => n.memberId === b.id)?.data).toEqual({ partnershipId, next, timeZone: "Asia/Tokyo" });
    const { timezone } = await db.member.findUniqueOrThrow({ where: { id: a.id }, select: { timezone: true } });
    expect(welcomes.find((n) => n.memberId === a.id)?.data).toEqual({ partnershipId, next, timeZone: timezone });
  });

  it("leaves a planned pause of an ended partnership alone (the ending withdrew it)", async () => {
    const { partnershipId, a } = await pausePartnership(db, { pauseAlone: true });
    const { pauseId } = await apiOf(a).pauses.request({ partnershipId, start: dayFromNow(1), resumesOn: dayFromNow(3) });
    await db.$transaction(async (tx) => (await import("@/server/partnerships/transitions")).endQuietly(tx, { memberId: a.id }));
    await runPauseClock(db, new Date(midnightUtc(dayFromNow(1)).getTime() + minute));
    expect(await pauseOf(pauseId)).toMatchObject({ status: "WITHDRAWN" });
    expect(await statusOf(partnershipId)).toBe("ENDED");
  });

  it("closes an extension still waiting when its pause ends", async () => {
    const { partnershipId, a, b } = await pausePartnership(db, { pauseAlone: false });
    const { pauseId } = await apiOf(a).pauses.request({ partnershipId, start: "now", resumesOn: dayFromNow(2) });
    await apiOf(b).pauses.answer({ partnershipId, pauseId, answer: "ACCEPT" });
    const extension = await apiOf(a).pauses.extend({ partnershipId, pauseId, resumesOn: dayFromNow(6) });
    await runPauseClock(db, new Date(midnightUtc(dayFromNow(2)).getTime() + minute));
    expect(await pauseOf(extension.pauseId)).toMatchObject({ status: "WITHDRAWN" });
    expect(await statusOf(partnershipId)).toBe("ACTIVE");
  });
});

describe("no reminders in a planned pause", () => {
  it("a check-in inside a planned pause gets no reminder; the one after it does", async () => {
    const { partnershipId, a } = await pausePartnership(db, { pauseAlone: true });
    await apiOf(a).pauses.request({ partnershipId, start: dayFromNow(1), resumesOn: dayFromNow(2) });
    const { sendCheckInReminders } = await import("@/server/check-ins/notice-runs");
    const halfHourBefore = (day: string) => new Date(new Date(`${day}T12:00:00Z`).getTime() - 30 * minute);
    await sendCheckInReminders(db, halfHourBefore(dayFromNow(1)));
    expect(await noticesOf(partnershipId, "CHECK_IN_REMINDER")).toHaveLength(0);
    await sendCheckInReminders(db, halfHourBefore(dayFromNow(2)));
    expect(await noticesOf(partnershipId, "CHECK_IN_REMINDER")).toHaveLength(2);
  });
});

describe("through the real queue", () => {
  it("a pause due to end resumes once, with one welcome each, even when the job runs twice", async () => {
    const { partnershipId, a } = await pausePartnership(db, { pauseAlone: true });
    const { pauseId } = await apiOf(a).pauses.request({ partnershipId, start: "now", resumesOn: dayFromNow(3) });
    const at = new Date(midnightUtc(dayFromNow(3)).getTime() + 5 * minute).toISOString();

    const boss = await getBoss();
    await workOnPauseClock(boss);
    const ids = [await boss.send(pauseQueue, { at }), await boss.send(pauseQueue, { at })];
    await vi.waitFor(
      async () => {
        for (const id of ids) expect((await boss.getJobById(pauseQueue, id ?? ""))?.state).toBe("completed");
      },
      { timeout: 30_000, interval: 250 },
    );
    expect(await statusOf(partnershipId)).toBe("ACTIVE");
    expect(await pauseOf(pauseId)).toMatchObject({ status: "ENDED", endedHow: "AUTOMATICALLY" });
    expect(await noticesOf(partnershipId, "PAUSE_RESUMED")).toHaveLength(2);
    expect((await timedEvents(partnershipId)).map((e) => e.type)).toEqual(["PAUSED", "RESUMED"]);
  });
});
