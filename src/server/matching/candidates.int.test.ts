import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { weekStartUtc } from "@/shared/time/availability";
import { onboardedMember } from "@/test/onboarding";
import { candidateLimit, findCandidates } from "./candidates";
import { LiveCandidateIndex } from "./pool-index/live-index";
import { declineHiddenDays, exposureWindowDays, maxPendingIncoming, requestLifetimeDays } from "@/shared/matching/limits";

const db = getDb();
const dayMs = 24 * 60 * 60 * 1000;
const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * dayMs);

/** Other test files share the database, so look far past the usual cut of 500. */
const everyone = candidateLimit * 20;

/** The in-process candidate index, as an app instance has one: every check below runs both ways. */
const index = new LiveCandidateIndex(process.env.DATABASE_URL!);
beforeAll(() => index.start());
afterAll(() => index.stop());

async function candidateIds(memberId: string, now = new Date(), through: LiveCandidateIndex | null = null): Promise<string[]> {
  const week = weekStartUtc(now).toISOString().slice(0, 10);
  return (await findCandidates(db, memberId, week, everyone, now, through)).map((c) => c.profile.memberId);
}

async function expectCandidate(memberId: string, candidateId: string, present: boolean, now = new Date()) {
  for (const through of [null, index]) {
    const ids = await candidateIds(memberId, now, through);
    if (present) expect(ids).toContain(candidateId);
    else expect(ids).not.toContain(candidateId);
  }
}

/** Two onboarded, verified, open members whose sample availability overlaps. */
async function pair() {
  const [me, them] = await Promise.all([onboardedMember(db), onboardedMember(db)]);
  await expectCandidate(me.id, them.id, true);
  return { me: me.id, them: them.id };
}

async function request(senderId: string, recipientId: string, data: { status?: "PENDING" | "DECLINED" | "EXPIRED" | "WITHDRAWN" | "ACCEPTED"; sentAt?: Date; respondedAt?: Date; expiresAt?: Date } = {}) {
  const sentAt = data.sentAt ?? new Date();
  return db.matchRequest.create({
    data: {
      senderId,
      recipientId,
      status: data.status ?? "PENDING",
      createdAt: sentAt,
      expiresAt: data.expiresAt ?? new Date(sentAt.getTime() + requestLifetimeDays * dayMs),
      respondedAt: data.respondedAt ?? null,
    },
  });
}

async function partnership(memberIds: string[], status: "DRAFTING" | "ACTIVE" | "PAUSED" | "ENDED", doNotRematch = false) {
  return db.partnership.create({
    data: { status, doNotRematch, members: { create: memberIds.map((memberId) => ({ memberId, status })) } },
  });
}

/** Differences between matching_pool and the same rows computed afresh from their sources. */
async function poolDrift(): Promise<number> {
  const rows = await db.$queryRaw<{ n: number }[]>`
    WITH expected AS (
      SELECT p."memberId",
             p."openToMatching" AND p."completedAt" IS NOT NULL AS open,
             m.status = 'ACTIVE' AND m."emailVerifiedAt" IS NOT NULL AS active,
             p.languages, p."mustShareLanguage", coalesce(p."needsSobrietyFriendlyPartner", false) AS needs,
             coalesce(p."sobrietyFriendly", false) AS friendly, p."partnershipCapacity",
             (SELECT count(*)::int FROM partnership_member pm
              WHERE pm."memberId" = p."memberId" AND pm.status IN ('DRAFTING', 'ACTIVE', 'PAUSED')) AS partnerships,
             (SELECT count(*)::int FROM match_request r WHERE r."recipientId" = p."memberId" AND r.status = 'PENDING') AS pending,
             e."weekStart" AS "evenWeek", e.bits::text AS "evenBits", o."weekStart" AS "oddWeek", o.bits::text AS "oddBits"
      FROM profile p
      JOIN member m ON m.id = p."memberId"
      LEFT JOIN LATERAL (SELECT w."weekStart", w.bits FROM availability_week w
                         WHERE w."memberId" = p."memberId" AND matching_week_slot(w."weekStart") = 0 ORDER BY w."weekStart" DESC LIMIT 1) e ON true
      LEFT JOIN LATERAL (SELECT w."weekStart", w.bits FROM availability_week w
                         WHERE w."memberId" = p."memberId" AND matching_week_slot(w."weekStart") = 1 ORDER BY w."weekStart" DESC LIMIT 1) o ON true
    ),
    actual AS (
      SELECT "memberId", open, active, languages, "mustShareLanguage", "needsSobrietyFriendlyPartner", "sobrietyFriendly",
             "partnershipCapacity", "openPartnerships", "pendingIncoming", "evenWeek", "evenBits"::text, "oddWeek", "oddBits"::text
      FROM matching_pool
    )
    SELECT ((SELECT count(*) FROM (SELECT * FROM expected EXCEPT SELECT * FROM actual) a)
          + (SELECT count(*) FROM (SELECT * FROM actual EXCEPT SELECT * FROM expected) b))::int AS n`;
  return rows[0]?.n ?? -1;
}

describe("findCandidates: hard filters", () => {
  it("hides a pair when either has blocked the other", async () => {
    const { me, them } = await pair();
    await db.block.create({ data: { blockerId: me, blockedId: them } });
    await expectCandidate(me, them, false);
    await db.block.delete({ where: { blockerId_blockedId: { blockerId: me, blockedId: them } } });
    await expectCandidate(me, them, true);
    await db.block.create({ data: { blockerId: them, blockedId: me } });
    await expectCandidate(me, them, false);
  });

  it("hides a pair with a pending request either way, until it is answered or runs out", async () => {
    const { me, them } = await pair();
    const sent = await request(me, them);
    await expectCandidate(me, them, false);
    await db.matchRequest.update({ where: { id: sent.id }, data: { status: "WITHDRAWN" } });
    await expectCandidate(me, them, true);
    const received = await request(them, me);
    await expectCandidate(me, them, false);
    // Past its expiry the request no longer counts, even before the expiry job marks it.
    await expectCandidate(me, them, true, new Date(received.expiresAt.getTime() + 1000));
  });

  it(`hides a declined pair both ways for ${declineHiddenDays} days`, async () => {
    const now = new Date();
    const { me, them } = await pair();
    const declined = await request(me, them, { status: "DECLINED", sentAt: daysAgo(now, 12), respondedAt: daysAgo(now, 10) });
    await expectCandidate(me, them, false, now);
    await expectCandidate(them, me, false, now);
    await db.matchRequest.update({ where: { id: declined.id }, data: { respondedAt: daysAgo(now, declineHiddenDays + 1) } });
    await expectCandidate(me, them, true, now);
    await expectCandidate(them, me, true, now);

    const other = await pair();
    await request(other.them, other.me, { status: "DECLINED", sentAt: daysAgo(now, 5), respondedAt: daysAgo(now, declineHiddenDays - 1) });
    await expectCandidate(other.me, other.them, false, now);
    // An expired or withdrawn request hides nobody.
    const third = await pair();
    await request(third.me, third.them, { status: "EXPIRED", sentAt: daysAgo(now, 9), expiresAt: daysAgo(now, 2) });
    await request(third.them, third.me, { status: "WITHDRAWN", sentAt: daysAgo(now, 3) });
    await expectCandidate(third.me, third.them, true, now);
  });

  it("hides a candidate at partnership capacity, counting drafting, active and paused partnerships", async () => {
    const { me, them } = await pair();
    const [x, y] = await Promise.all([onboardedMember(db), onboardedMember(db)]);
    const first = await partnership([them, x.id], "ACTIVE");
    await expectCandidate(me, them, false);
    await db.profile.update({ where: { memberId: them }, data: { partnershipCapacity: 2 } });
    await expectCandidate(me, them, true);
    await partnership([them, y.id], "PAUSED");
    await expectCandidate(me, them, false);
    await db.partnership.update({ where: { id: first.id }, data: { status: "ENDED" } });
    await db.partnershipMember.updateMany({ where: { partnershipId: first.id }, data: { status: "ENDED" } });
    await expectCandidate(me, them, true);
    await db.partnership.delete({ where: { id: first.id } });
    await expectCandidate(me, them, true);
  });

  it(`hides a candidate with ${maxPendingIncoming} pending requests waiting`, async () => {
    const now = new Date();
    const { me, them } = await pair();
    const senders = await Promise.all(Array.from({ length: maxPendingIncoming }, () => onboardedMember(db)));
    const requests = [];
    for (const sender of senders.slice(0, -1)) requests.push(await request(sender.id, them, { sentAt: daysAgo(now, 1) }));
    await expectCandidate(me, them, true, now);
    const last = await request(senders.at(-1)!.id, them, { sentAt: daysAgo(now, 6) });
    await expectCandidate(me, them, false, now);
    // Once the oldest runs out the inbox has room again, before any job touches it.
    await expectCandidate(me, them, true, new Date(last.expiresAt.getTime() + 1000));
    await db.matchRequest.update({ where: { id: requests[0]!.id }, data: { status: "ACCEPTED", respondedAt: now } });
    await expectCandidate(me, them, true, now);
  });

  it("hides a pair that shares an open partnership or ended one with \"don't suggest us again\"", async () => {
    const { me, them } = await pair();
    await db.profile.update({ where: { memberId: them }, data: { partnershipCapacity: 3 } });
    const shared = await partnership([me, them], "DRAFTING");
    await expectCandidate(me, them, false);
    await db.partnership.update({ where: { id: shared.id }, data: { status: "ENDED" } });
    await db.partnershipMember.updateMany({ where: { partnershipId: shared.id }, data: { status: "ENDED" } });
    await expectCandidate(me, them, true);
    await db.partnership.update({ where: { id: shared.id }, data: { doNotRematch: true } });
    await expectCandidate(me, them, false);
    await expectCandidate(them, me, false);
  });

  it("reflects profile and account changes at once", async () => {
    const { me, them } = await pair();
    await db.profile.update({ where: { memberId: them }, data: { openToMatching: false } });
    await expectCandidate(me, them, false);
    await db.profile.update({ where: { memberId: them }, data: { openToMatching: true } });
    await expectCandidate(me, them, true);
    await db.member.update({ where: { id: them }, data: { status: "SUSPENDED" } });
    await expectCandidate(me, them, false);
    await db.member.update({ where: { id: them }, data: { status: "ACTIVE" } });
    await db.profile.update({ where: { memberId: them }, data: { languages: ["ja"] } });
    await expectCandidate(me, them, false);
  });
});

describe("findCandidates: exposure counts", () => {
  it("returns each candidate's unexpired pending requests and the requests received in the window", async () => {
    const now = new Date();
    const { me, them } = await pair();
    const others = await Promise.all(Array.from({ length: 4 }, () => onboardedMember(db)));
    await request(others[0]!.id, them, { sentAt: daysAgo(now, 1) });
    await request(others[1]!.id, them, { sentAt: daysAgo(now, 9), expiresAt: daysAgo(now, 2) });
    await request(others[2]!.id, them, { status: "DECLINED", sentAt: daysAgo(now, 3), respondedAt: daysAgo(now, 2) });
    await request(others[3]!.id, them, { status: "EXPIRED", sentAt: daysAgo(now, exposureWindowDays + 5), expiresAt: daysAgo(now, exposureWindowDays - 2) });
    const week = weekStartUtc(now).toISOString().slice(0, 10);
    const candidate = (await findCandidates(db, me, week, everyone, now)).find((c) => c.profile.memberId === them);
    expect(candidate).toMatchObject({ pendingIncoming: 1, recentReceived: 3 });
    const fresh = (await findCandidates(db, them, week, everyone, now)).find((c) => c.profile.memberId === me);
    expect(fresh).toMatchObject({ pendingIncoming: 0, recentReceived: 0 });
  });
});

describe("matching_pool", () => {
  it("matches its sources exactly after the changes above and more", async () => {
    const { me, them } = await pair();
    await request(me, them);
    await db.matchRequest.deleteMany({ where: { senderId: me } });
    const shared = await partnership([me, them], "ACTIVE");
    await db.partnershipMember.delete({ where: { partnershipId_memberId: { partnershipId: shared.id, memberId: me } } });
    await db.$executeRaw`DELETE FROM availability_week WHERE "memberId" = ${them} AND "weekStart" = (SELECT min("weekStart") FROM availability_week WHERE "memberId" = ${them})`;
    await db.member.update({ where: { id: me }, data: { emailVerifiedAt: null } });
    await db.member.delete({ where: { id: them } });
    expect(await poolDrift()).toBe(0);
  });
});
