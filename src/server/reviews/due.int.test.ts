/**
 * Reviews falling due, on a database of this file's own: the job looks at every active partnership,
 * and other files' partnerships must neither disturb nor be disturbed.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Prisma } from "@/generated/prisma/client";
import { getDb, type Db } from "@/server/db/client";
import { getBoss } from "@/server/jobs/boss";
import { checkInPartnership } from "@/test/check-ins";
import { usePrivateDatabase } from "@/test/private-database";
import { activatedWeeksAgo } from "@/test/reviews";
import { createDueReviews } from "./due";

const week = 7 * 24 * 60 * 60 * 1000;
let database: { drop: () => Promise<void> };
let db: Db;

beforeAll(async () => {
  database = await usePrivateDatabase();
  db = getDb();
}, 120_000);
afterAll(async () => database?.drop());

const reviewsOf = (partnershipId: string) =>
  db.partnershipReview.findMany({ where: { partnershipId }, select: { id: true, kind: true, number: true, dueAt: true, status: true }, orderBy: [{ kind: "asc" }, { number: "asc" }] });
const eventsOf = (partnershipId: string) => db.partnershipEvent.findMany({ where: { partnershipId, type: "REVIEW_DUE" }, select: { data: true, actorId: true } });
const noticesOf = (partnershipId: string) =>
  db.notification.findMany({ where: { type: "REVIEW_DUE", data: { path: ["partnershipId"], equals: partnershipId } }, select: { memberId: true, data: true } });

async function setFields(versionId: string, fields: Prisma.InputJsonObject) {
  const stored = await db.agreementVersion.findUniqueOrThrow({ where: { id: versionId }, select: { content: true } });
  const content = stored.content as { text: Prisma.InputJsonObject; fields: Prisma.InputJsonObject };
  await db.agreementVersion.update({ where: { id: versionId }, data: { content: { ...content, fields: { ...content.fields, ...fields } } as Prisma.InputJsonObject } });
}

async function pausedBetween(partnershipId: string, start: Date, end: Date) {
  await db.partnershipEvent.create({ data: { partnershipId, type: "PAUSED", data: {}, createdAt: start } });
  await db.partnershipEvent.create({ data: { partnershipId, type: "RESUMED", data: {}, createdAt: end } });
}

describe("creating the reviews that fell due", () => {
  it("creates the first review after 13 weeks with its event and a notice to both, once, even with two runs at once", async () => {
    const now = new Date();
    const p = await checkInPartnership(db);
    const activatedAt = await activatedWeeksAgo(db, p.partnershipId, 13, new Date(now.getTime() + 60_000));
    await createDueReviews(db, now);
    expect(await reviewsOf(p.partnershipId)).toEqual([]);

    const later = new Date(now.getTime() + 2 * 60_000);
    await Promise.all([createDueReviews(db, later), createDueReviews(db, later)]);
    await createDueReviews(db, new Date(later.getTime() + 3_600_000));
    const reviews = await reviewsOf(p.partnershipId);
    expect(reviews).toEqual([{ id: expect.any(String), kind: "QUARTERLY", number: 1, dueAt: new Date(activatedAt.getTime() + 13 * week), status: "OPEN" }]);
    expect(await eventsOf(p.partnershipId)).toEqual([{ actorId: null, data: { reviewId: reviews[0]!.id, trial: false } }]);
    const notices = await noticesOf(p.partnershipId);
    expect(notices.map((n) => n.memberId).sort()).toEqual([p.a.id, p.b.id].sort());
    expect(notices[0]?.data).toMatchObject({ reviewId: reviews[0]!.id, trial: false });
  });

  it("moves the due date by the time the partnership was paused", async () => {
    const now = new Date();
    const p = await checkInPartnership(db);
    const activatedAt = await activatedWeeksAgo(db, p.partnershipId, 20, now);
    await pausedBetween(p.partnershipId, new Date(now.getTime() - 15 * week), new Date(now.getTime() - 10 * week));
    await createDueReviews(db, new Date(now.getTime() - 3 * week));
    expect(await reviewsOf(p.partnershipId)).toEqual([]);
    await createDueReviews(db, now);
    expect(await reviewsOf(p.partnershipId)).toMatchObject([{ kind: "QUARTERLY", number: 1, dueAt: new Date(activatedAt.getTime() + 18 * week) }]);
  });

  it("after a long time overdue creates only the latest review, and nothing older afterwards", async () => {
    const now = new Date();
    const p = await checkInPartnership(db);
    await activatedWeeksAgo(db, p.partnershipId, 40, now);
    await createDueReviews(db, now);
    await createDueReviews(db, now);
    expect(await reviewsOf(p.partnershipId)).toMatchObject([{ kind: "QUARTERLY", number: 3 }]);
    expect(await noticesOf(p.partnershipId)).toHaveLength(2);
  });

  it("follows the agreement: every 6 weeks, and a trial review after 4 weeks when asked for", async () => {
    const now = new Date();
    const p = await checkInPartnership(db);
    await setFields(p.versionId, { reviewCadence: "EVERY_6_WEEKS", trialReview: true });
    await activatedWeeksAgo(db, p.partnershipId, 5, now);
    await createDueReviews(db, now);
    expect(await reviewsOf(p.partnershipId)).toMatchObject([{ kind: "TRIAL", number: 1 }]);
    expect((await eventsOf(p.partnershipId))[0]?.data).toMatchObject({ trial: true });
    await createDueReviews(db, new Date(now.getTime() + week));
    expect(await reviewsOf(p.partnershipId)).toMatchObject([
      { kind: "TRIAL", number: 1 },
      { kind: "QUARTERLY", number: 1 },
    ]);
  });

  it("leaves paused and ended partnerships alone", async () => {
    const now = new Date();
    const paused = await checkInPartnership(db);
    await activatedWeeksAgo(db, paused.partnershipId, 14, now);
    await db.partnership.update({ where: { id: paused.partnershipId }, data: { status: "PAUSED" } });
    const ended = await checkInPartnership(db);
    await activatedWeeksAgo(db, ended.partnershipId, 14, now);
    await db.partnership.update({ where: { id: ended.partnershipId }, data: { status: "ENDED" } });
    await createDueReviews(db, now);
    expect(await reviewsOf(paused.partnershipId)).toEqual([]);
    expect(await reviewsOf(ended.partnershipId)).toEqual([]);
  });
});

describe("through the real queue", () => {
  it("a review falls due once, even when the job runs twice, as of the time it was sent with", async () => {
    const now = new Date();
    const p = await checkInPartnership(db);
    const activatedAt = await activatedWeeksAgo(db, p.partnershipId, 10, now);
    await pausedBetween(p.partnershipId, new Date(now.getTime() - 6 * week), new Date(now.getTime() - 4 * week));
    // 13 weeks of active time with a 2-week pause: 15 weeks after activation, 5 weeks from now.
    const at = new Date(activatedAt.getTime() + 15 * week + 60_000);

    const { reviewQueue, workOnDueReviews } = await import("./jobs");
    const boss = await getBoss();
    await workOnDueReviews(boss);
    const ids = [await boss.send(reviewQueue, { at: at.toISOString() }), await boss.send(reviewQueue, { at: at.toISOString() })];
    await vi.waitFor(
      async () => {
        for (const id of ids) expect((await boss.getJobById(reviewQueue, id ?? ""))?.state).toBe("completed");
      },
      { timeout: 30_000, interval: 250 },
    );
    expect(await reviewsOf(p.partnershipId)).toMatchObject([{ kind: "QUARTERLY", number: 1, dueAt: new Date(activatedAt.getTime() + 15 * week) }]);
    expect(await noticesOf(p.partnershipId)).toHaveLength(2);
  });
});
