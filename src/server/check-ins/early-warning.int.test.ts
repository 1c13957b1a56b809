/**
 * The early warning through the missed-check-in job, on a database of this file's own: the job
 * looks at every active partnership, so other files' partnerships must not be in the way.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb, type Db } from "@/server/db/client";
import { getBoss } from "@/server/jobs/boss";
import { checkInPartnership, noonUtc } from "@/test/check-ins";
import { usePrivateDatabase } from "@/test/private-database";
import { sendMissedCheckInNotices } from "./notice-runs";

const hour = 60 * 60 * 1000;
const day = 24 * hour;
let database: { drop: () => Promise<void> };
let db: Db;

beforeAll(async () => {
  database = await usePrivateDatabase();
  db = getDb();
}, 120_000);
afterAll(async () => database?.drop());

/**
 * A daily 12:00 UTC partnership in force for 60 days whose check-ins were all logged until
 * `quietDays` days ago, and none since.
 */
async function steadyThenQuiet(quietDays: number) {
  const p = await checkInPartnership(db);
  await db.agreementVersion.update({ where: { id: p.versionId }, data: { inForceAt: new Date(noonUtc(60).getTime() - hour) } });
  const starts = Array.from({ length: 60 - quietDays }, (_, i) => noonUtc(quietDays + 1 + i));
  await db.checkIn.createMany({ data: starts.map((start) => ({ partnershipId: p.partnershipId, occurrenceStart: start, happenedAt: start, durationMinutes: 30, channel: "VIDEO" as const, loggedById: p.a.id })) });
  return p;
}

const warningsOf = (partnershipId: string) =>
  db.notification.findMany({ where: { type: "CHECK_IN_EARLY_WARNING", data: { path: ["partnershipId"], equals: partnershipId } }, select: { memberId: true, data: true } });

describe("the early warning", () => {
  it("asks each partner privately, once, after two quiet weeks, however often the job runs", async () => {
    const { partnershipId, a, b } = await steadyThenQuiet(16);
    const now = new Date();
    await Promise.all([sendMissedCheckInNotices(db, now), sendMissedCheckInNotices(db, now)]);
    await sendMissedCheckInNotices(db, new Date(now.getTime() + 15 * 60 * 1000));
    await sendMissedCheckInNotices(db, new Date(now.getTime() + 3 * day));

    const warnings = await warningsOf(partnershipId);
    expect(warnings.map((w) => w.memberId).sort()).toEqual([a.id, b.id].sort());
    // Each notice carries the partnership only: nothing about the other partner.
    for (const warning of warnings) expect(warning.data).toEqual({ partnershipId });
    expect(await db.emailOutbox.count({ where: { memberId: { in: [a.id, b.id] }, subject: "Your check-ins have been quieter lately" } })).toBe(2);
    expect(await db.checkInNotice.count({ where: { partnershipId, kind: "EARLY_WARNING" } })).toBe(1);
  });

  it("says nothing while the pair keeps its usual, or without enough history", async () => {
    const steady = await steadyThenQuiet(0);
    const young = await checkInPartnership(db);
    await db.agreementVersion.update({ where: { id: young.versionId }, data: { inForceAt: new Date(noonUtc(20).getTime() - hour) } });
    await sendMissedCheckInNotices(db, new Date());
    expect(await warningsOf(steady.partnershipId)).toHaveLength(0);
    expect(await warningsOf(young.partnershipId)).toHaveLength(0);
  });

  it("says nothing while paused, nor about quiet weeks that were a pause", async () => {
    const paused = await steadyThenQuiet(16);
    await db.partnership.update({ where: { id: paused.partnershipId }, data: { status: "PAUSED" } });
    await db.partnershipEvent.create({ data: { partnershipId: paused.partnershipId, type: "PAUSED", actorId: paused.a.id, createdAt: noonUtc(16) } });

    const resumed = await steadyThenQuiet(16);
    await db.partnershipEvent.create({ data: { partnershipId: resumed.partnershipId, type: "PAUSED", actorId: resumed.a.id, createdAt: new Date(noonUtc(16).getTime() + hour) } });
    await db.partnershipEvent.create({ data: { partnershipId: resumed.partnershipId, type: "RESUMED", actorId: resumed.a.id, createdAt: new Date() } });

    await sendMissedCheckInNotices(db, new Date());
    expect(await warningsOf(paused.partnershipId)).toHaveLength(0);
    expect(await warningsOf(resumed.partnershipId)).toHaveLength(0);
  });

  it("says nothing to a partnership with a block between them, or one that ended", async () => {
    const blocked = await steadyThenQuiet(16);
    await db.block.create({ data: { blockerId: blocked.b.id, blockedId: blocked.a.id } });
    const ended = await steadyThenQuiet(16);
    await db.partnership.update({ where: { id: ended.partnershipId }, data: { status: "ENDED", endedAt: new Date() } });

    await sendMissedCheckInNotices(db, new Date());
    expect(await warningsOf(blocked.partnershipId)).toHaveLength(0);
    expect(await warningsOf(ended.partnershipId)).toHaveLength(0);
  });

  it("runs from the missed-check-in job on the real queue, once even when the job runs twice", async () => {
    const p = await steadyThenQuiet(16);
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
    expect((await warningsOf(p.partnershipId)).map((w) => w.memberId).sort()).toEqual([p.a.id, p.b.id].sort());
  });
});
