import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { candidateLimit, findCandidates } from "@/server/matching/candidates";
import { declineHiddenDays, requestLifetimeDays } from "@/shared/matching/limits";
import { weekStartUtc } from "@/shared/time/availability";
import { sendRequest } from "@/server/requests/service";
import { createMember } from "@/test/factories";
import { onboardedMember } from "@/test/onboarding";
import { pairBarriers, type PairBarrier } from "./eligibility";

const db = getDb();
const dayMs = 24 * 60 * 60_000;
const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * dayMs);
/** Other test files share the database, so look far past the usual cut of 500. */
const everyone = candidateLimit * 20;

async function barriers(memberId: string, otherId: string, now: Date): Promise<PairBarrier[]> {
  return [...(await db.$transaction((tx) => pairBarriers(tx, { memberId, otherId }, now)))].sort();
}

async function isCandidate(memberId: string, otherId: string, now: Date): Promise<boolean> {
  const week = weekStartUtc(now).toISOString().slice(0, 10);
  return (await findCandidates(db, memberId, week, everyone, now)).some((c) => c.profile.memberId === otherId);
}

/**
 * The rule as each side sees it, and candidate generation agreeing with it both ways: a member
 * is suggested exactly when nothing stands between the two.
 */
async function expectRule(me: string, them: string, expected: { mine: PairBarrier[]; theirs: PairBarrier[] }, now = new Date()) {
  expect({ mine: await barriers(me, them, now), theirs: await barriers(them, me, now) }).toEqual({ mine: [...expected.mine].sort(), theirs: [...expected.theirs].sort() });
  expect({ mine: await isCandidate(me, them, now), theirs: await isCandidate(them, me, now) }).toEqual({
    mine: expected.mine.length === 0,
    theirs: expected.theirs.length === 0,
  });
}

const clear = { mine: [], theirs: [] };

/** Two onboarded, verified, open members with room for three partnerships, whose availability overlaps. */
async function pair() {
  const [me, them] = await Promise.all([onboardedMember(db), onboardedMember(db)]);
  await db.profile.updateMany({ where: { memberId: { in: [me.id, them.id] } }, data: { partnershipCapacity: 3 } });
  await expectRule(me.id, them.id, clear);
  return { me: me.id, them: them.id };
}

function request(senderId: string, recipientId: string, data: { status?: "PENDING" | "DECLINED"; sentAt?: Date; respondedAt?: Date } = {}) {
  const sentAt = data.sentAt ?? new Date();
  return db.matchRequest.create({
    data: { senderId, recipientId, status: data.status ?? "PENDING", createdAt: sentAt, expiresAt: new Date(sentAt.getTime() + requestLifetimeDays * dayMs), respondedAt: data.respondedAt ?? null },
  });
}

async function setPartnership(id: string, status: "DRAFTING" | "ACTIVE" | "PAUSED" | "ENDED", doNotRematch = false) {
  await db.partnership.update({ where: { id }, data: { status, doNotRematch } });
  await db.partnershipMember.updateMany({ where: { partnershipId: id }, data: { status } });
}

describe("may these two members meet", () => {
  it("not when either has blocked the other", async () => {
    const { me, them } = await pair();
    await db.block.create({ data: { blockerId: me, blockedId: them } });
    await expectRule(me, them, { mine: ["BLOCKED"], theirs: ["BLOCKED"] });
    await db.block.deleteMany({ where: { blockerId: me } });
    await expectRule(me, them, clear);
    await db.block.create({ data: { blockerId: them, blockedId: me } });
    await expectRule(me, them, { mine: ["BLOCKED"], theirs: ["BLOCKED"] });
  });

  it("not with a member who is suspended, deleted, unverified, closed to matching or unfinished", async () => {
    const { me, them } = await pair();
    await db.member.update({ where: { id: them }, data: { status: "SUSPENDED" } });
    await expectRule(me, them, { mine: ["INACTIVE"], theirs: [] });
    await db.member.update({ where: { id: them }, data: { status: "DELETED" } });
    await expectRule(me, them, { mine: ["INACTIVE"], theirs: [] });
    await db.member.update({ where: { id: them }, data: { status: "ACTIVE", emailVerifiedAt: null } });
    await expectRule(me, them, { mine: ["INACTIVE"], theirs: [] });
    await db.member.update({ where: { id: them }, data: { emailVerifiedAt: new Date() } });
    await db.profile.update({ where: { memberId: them }, data: { openToMatching: false } });
    await expectRule(me, them, { mine: ["NOT_OPEN"], theirs: [] });
    await db.profile.update({ where: { memberId: them }, data: { openToMatching: true } });
    await expectRule(me, them, clear);

    const unfinished = await createMember(db);
    expect(await barriers(me, unfinished.id, new Date())).toEqual(["INACTIVE", "NOT_OPEN"]);
    expect(await barriers(me, "cm0doesnotexist0000000000", new Date())).toEqual(["INACTIVE", "NOT_OPEN"]);
  });

  it("not while a request between them waits, in either direction, until it is answered or runs out", async () => {
    const now = new Date();
    const { me, them } = await pair();
    const sent = await request(me, them);
    await expectRule(me, them, { mine: ["PENDING_SENT"], theirs: ["PENDING_RECEIVED"] }, now);
    await expectRule(me, them, clear, new Date(sent.expiresAt.getTime() + 1000));
    await db.matchRequest.update({ where: { id: sent.id }, data: { status: "WITHDRAWN" } });
    await request(them, me);
    await expectRule(me, them, { mine: ["PENDING_RECEIVED"], theirs: ["PENDING_SENT"] }, now);
  });

  it(`not for ${declineHiddenDays} days after either declined the other's request`, async () => {
    const now = new Date();
    const { me, them } = await pair();
    const declined = await request(me, them, { status: "DECLINED", sentAt: daysAgo(now, 12), respondedAt: daysAgo(now, 10) });
    await expectRule(me, them, { mine: ["DECLINED"], theirs: ["DECLINED"] }, now);
    await db.matchRequest.update({ where: { id: declined.id }, data: { respondedAt: daysAgo(now, declineHiddenDays + 1) } });
    await expectRule(me, them, clear, now);

    const other = await pair();
    await request(other.them, other.me, { status: "DECLINED", sentAt: daysAgo(now, 5), respondedAt: daysAgo(now, declineHiddenDays - 1) });
    await expectRule(other.me, other.them, { mine: ["DECLINED"], theirs: ["DECLINED"] }, now);
    // The request service asks the same rule: the one who declined cannot turn round and ask either.
    await expect(sendRequest(db, other.me, { recipientId: other.them, note: null }, now)).rejects.toMatchObject({ message: "This match isn't available right now." });
  });

  it("not while they share an open partnership, nor after one ended with \"don't suggest us again\"", async () => {
    const { me, them } = await pair();
    const shared = await db.partnership.create({ data: { status: "DRAFTING", members: { create: [me, them].map((memberId) => ({ memberId, status: "DRAFTING" as const })) } } });
    for (const status of ["DRAFTING", "ACTIVE", "PAUSED"] as const) {
      await setPartnership(shared.id, status);
      await expectRule(me, them, { mine: ["PARTNERS"], theirs: ["PARTNERS"] });
    }
    await setPartnership(shared.id, "ENDED");
    await expectRule(me, them, clear);
    await setPartnership(shared.id, "ENDED", true);
    await expectRule(me, them, { mine: ["ENDED_APART"], theirs: ["ENDED_APART"] });
  });

  it("names every reason at once, so each caller chooses which to tell", async () => {
    const now = new Date();
    const { me, them } = await pair();
    await request(them, me);
    await db.block.create({ data: { blockerId: them, blockedId: me } });
    await db.profile.update({ where: { memberId: them }, data: { openToMatching: false } });
    await expectRule(me, them, { mine: ["BLOCKED", "NOT_OPEN", "PENDING_RECEIVED"], theirs: ["BLOCKED", "PENDING_SENT"] }, now);
  });
});
