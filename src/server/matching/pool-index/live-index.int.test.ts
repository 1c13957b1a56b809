import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import pg from "pg";
import { usePrivateDatabase } from "@/test/private-database";
import type { Db } from "@/server/db/client";
import { weekStartUtc } from "@/shared/time/availability";
import { maxPendingIncoming, requestLifetimeDays } from "@/shared/matching/limits";
import { onboardedMember, type AnswerChanges } from "@/test/onboarding";
import { candidateLimit, candidateQueryParams, findCandidates } from "../candidates";
import { LiveCandidateIndex } from "./live-index";

// Its own database: the ranking is compared with the SQL path's, which other files' writes would disturb.
let drop: () => Promise<void>;
let db: Db;
let a: LiveCandidateIndex;
let b: LiveCandidateIndex;

beforeAll(async () => {
  ({ drop } = await usePrivateDatabase());
  db = (await import("@/server/db/client")).getDb();
  // Two indexes on one database, as two app instances would have.
  a = new LiveCandidateIndex(process.env.DATABASE_URL!);
  b = new LiveCandidateIndex(process.env.DATABASE_URL!);
  await Promise.all([a.start(), b.start()]);
});

afterAll(async () => {
  await Promise.all([a.stop(), b.stop()]);
  await drop();
});

const week = () => weekStartUtc(new Date()).toISOString().slice(0, 10);
const member = (changes?: AnswerChanges) => onboardedMember(db, changes);

/** Whom the index itself ranks for `memberId` once caught up (before step 2's SQL re-check). */
async function ranked(index: LiveCandidateIndex, memberId: string): Promise<string[]> {
  const step2 = await candidateQueryParams(db, memberId, week(), candidateLimit, new Date());
  expect(await index.catchUp()).toBe(true);
  return index.rank(step2!.ranking)!.map((r) => r.memberId);
}

/** What `findCandidates` returns through the index (which must have been used). */
async function shown(index: LiveCandidateIndex, memberId: string): Promise<string[]> {
  const rank = vi.spyOn(index, "rank");
  const ids = (await findCandidates(db, memberId, week(), candidateLimit, new Date(), index)).map((c) => c.profile.memberId);
  expect(rank).toHaveBeenCalled();
  rank.mockRestore();
  return ids;
}

async function fillInbox(recipientId: string) {
  const senders = await Promise.all(Array.from({ length: maxPendingIncoming }, () => member()));
  const expiresAt = new Date(Date.now() + requestLifetimeDays * 86_400_000);
  await db.matchRequest.createMany({ data: senders.map((s) => ({ senderId: s.id, recipientId, status: "PENDING" as const, expiresAt })) });
}

describe("LiveCandidateIndex", () => {
  it("returns exactly what the SQL path returns: members, order, overlaps and counts", async () => {
    const slots = (from: number, count: number): AnswerChanges => ({ schedule: { availability: Array.from({ length: count }, (_, i) => from + i) } });
    const people = await Promise.all([
      member(),
      member(slots(2 * 48 + 10, 6)),
      member(slots(2 * 48 + 12, 2)),
      member(slots(3 * 48, 20)),
      member({ values: { needsSobrietyFriendlyPartner: true } }),
      member({ boundaries: { mustShareLanguage: true }, about: { languages: ["ja"] } }),
      ...Array.from({ length: 6 }, () => member()),
    ]);
    await db.block.create({ data: { blockerId: people[6]!.id, blockedId: people[7]!.id } });
    await db.partnership.create({ data: { status: "ACTIVE", members: { create: [people[8]!.id, people[9]!.id].map((memberId) => ({ memberId, status: "ACTIVE" as const })) } } });
    await fillInbox(people[10]!.id);
    const now = new Date();
    const rank = vi.spyOn(a, "rank");
    const counts: number[] = [];
    for (const person of people) {
      const viaSql = await findCandidates(db, person.id, week(), candidateLimit, now, null);
      const viaIndex = await findCandidates(db, person.id, week(), candidateLimit, now, a);
      expect(rank).toHaveLastReturnedWith(expect.any(Array));
      expect(viaIndex).toEqual(viaSql);
      counts.push(viaSql.length);
    }
    rank.mockRestore();
    expect(Math.max(...counts)).toBeGreaterThanOrEqual(5);
    expect(Math.min(...counts)).toBeLessThan(Math.max(...counts));
  });

  it("hears a new profile, a suspension, a full inbox and a partnership filling capacity", async () => {
    const me = await member();
    const fresh = await member();
    expect(await ranked(a, me.id)).toContain(fresh.id);

    await db.member.update({ where: { id: fresh.id }, data: { status: "SUSPENDED" } });
    expect(await ranked(a, me.id)).not.toContain(fresh.id);

    const popular = await member();
    expect(await ranked(a, me.id)).toContain(popular.id);
    await fillInbox(popular.id);
    expect(await ranked(a, me.id)).not.toContain(popular.id);

    const busy = await member();
    const partner = await member();
    await db.partnership.create({ data: { status: "DRAFTING", members: { create: [busy.id, partner.id].map((memberId) => ({ memberId, status: "DRAFTING" as const })) } } });
    expect(await ranked(a, me.id)).not.toContain(busy.id);
    expect(await shown(a, me.id)).not.toContain(busy.id);

    const blocked = await member();
    await db.block.create({ data: { blockerId: blocked.id, blockedId: me.id } });
    expect(await shown(a, me.id)).not.toContain(blocked.id);

    await db.member.delete({ where: { id: popular.id } });
    expect(await ranked(a, me.id)).not.toContain(popular.id);
  });

  it("never shows an excluded member from a stale index: the SQL re-check drops them", async () => {
    const me = await member();
    const them = await member();
    const full = await member();
    expect(await shown(a, me.id)).toEqual(expect.arrayContaining([them.id, full.id]));
    a.pause();
    try {
      await db.member.update({ where: { id: them.id }, data: { status: "SUSPENDED" } });
      await db.partnership.create({ data: { status: "ACTIVE", members: { create: [full.id, them.id].map((memberId) => ({ memberId, status: "ACTIVE" as const })) } } });
      // The paused index still ranks both …
      expect(await ranked(a, me.id)).toEqual(expect.arrayContaining([them.id, full.id]));
      // … but neither is shown.
      const ids = await shown(a, me.id);
      expect(ids).not.toContain(them.id);
      expect(ids).not.toContain(full.id);
    } finally {
      await a.resume();
    }
    expect(await ranked(a, me.id)).not.toContain(them.id);
  });

  it("never shows, from a stale index, a member whose week no longer overlaps: step 2 recomputes the overlap", async () => {
    const me = await member();
    const gone = await member();
    const stays = await member();
    expect(await shown(a, me.id)).toEqual(expect.arrayContaining([gone.id, stays.id]));
    a.pause();
    try {
      // Their stored week empties (the pool's bits follow); the paused index still has the old one.
      await db.$executeRawUnsafe(`UPDATE availability_week SET bits = repeat('0', 672)::bit(672) WHERE "memberId" = $1`, gone.id);
      expect(await ranked(a, me.id)).toContain(gone.id);
      const candidates = await findCandidates(db, me.id, week(), candidateLimit, new Date(), a);
      const ids = candidates.map((c) => c.profile.memberId);
      expect(ids).not.toContain(gone.id);
      expect(ids).toContain(stays.id);
      const viaSql = await findCandidates(db, me.id, week(), candidateLimit, new Date(), null);
      expect(candidates.find((c) => c.profile.memberId === stays.id)).toEqual(viaSql.find((c) => c.profile.memberId === stays.id));
    } finally {
      await a.resume();
    }
  });

  it("keeps two instances in step: a change made anywhere reaches both", async () => {
    const me = await member();
    const them = await member();
    expect(await ranked(a, me.id)).toContain(them.id);
    expect(await ranked(b, me.id)).toContain(them.id);
    await db.profile.update({ where: { memberId: them.id }, data: { openToMatching: false } });
    expect(await ranked(a, me.id)).not.toContain(them.id);
    expect(await ranked(b, me.id)).not.toContain(them.id);
    await db.profile.update({ where: { memberId: them.id }, data: { openToMatching: true } });
    expect(await ranked(b, me.id)).toContain(them.id);
    expect(await ranked(a, me.id)).toContain(them.id);
  });

  it("scores on answers as they are now: a changed answer, belief, name or time zone reaches both instances", async () => {
    const me = await member();
    const them = await member();
    const answersOf = async (index: LiveCandidateIndex | null) => {
      const rank = index && vi.spyOn(index, "rank");
      const candidates = await findCandidates(db, me.id, week(), candidateLimit, new Date(), index);
      if (rank) expect(rank).toHaveLastReturnedWith(expect.any(Array));
      rank?.mockRestore();
      return candidates.find((c) => c.profile.memberId === them.id)?.profile;
    };
    const before = await answersOf(a);
    expect(before).toEqual(await answersOf(null));
    const beliefs = { loneliness_signal: 1, setbacks_progress: 5, asking_for_help: 1, small_steps: 5, honesty_over_comfort: 2 };
    await db.profile.update({ where: { memberId: them.id }, data: { seriousness: before!.seriousness === 1 ? 2 : 1, replyTime: before!.replyTime === "SAME_DAY" ? "WITHIN_48H" : "SAME_DAY", extras: { beliefs } } });
    await db.member.update({ where: { id: them.id }, data: { displayName: "Renamed River", timezone: "Asia/Tokyo" } });
    const now = await answersOf(null);
    expect(now).toMatchObject({ displayName: "Renamed River", timezone: "Asia/Tokyo", beliefs });
    expect(now!.seriousness).not.toBe(before!.seriousness);
    expect(await answersOf(a)).toEqual(now);
    expect(await answersOf(b)).toEqual(now);
  });

  it("falls back to SQL when its connection drops, and reloads everything on reconnect", async () => {
    const me = await member();
    const them = await member();
    expect(await ranked(b, me.id)).toContain(them.id);
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    try {
      await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'tandem candidate index' AND datname = current_database()`);
    } finally {
      await admin.end();
    }
    await vi.waitFor(() => expect(b.isReady).toBe(false));
    // Missed while nobody listened.
    await db.member.update({ where: { id: them.id }, data: { status: "SUSPENDED" } });
    expect(await b.catchUp()).toBe(false);
    expect((await findCandidates(db, me.id, week(), candidateLimit, new Date(), b)).map((c) => c.profile.memberId)).not.toContain(them.id);
    await vi.waitFor(() => expect(b.isReady).toBe(true), { timeout: 10_000, interval: 100 });
    expect(await ranked(b, me.id)).not.toContain(them.id);
    await vi.waitFor(() => expect(a.isReady).toBe(true), { timeout: 10_000, interval: 100 });
  });

  it("announces many changed rows in chunks that fit a NOTIFY, and a very large change as '*'", async () => {
    const listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
    const heard: string[] = [];
    listener.on("notification", (n) => heard.push(n.payload ?? ""));
    await listener.connect();
    try {
      await listener.query("LISTEN matching_pool");
      await db.$executeRawUnsafe(`SELECT matching_pool_notify(ARRAY(SELECT 'member' || g FROM generate_series(1, 400) g))`);
      await vi.waitFor(() => expect(heard.flatMap((p) => p.split(","))).toHaveLength(400));
      expect(heard).toHaveLength(3);
      expect(new Set(heard.flatMap((p) => p.split(","))).size).toBe(400);
      heard.length = 0;
      await db.$executeRawUnsafe(`SELECT matching_pool_notify(ARRAY(SELECT 'member' || g FROM generate_series(1, 20001) g))`);
      await vi.waitFor(() => expect(heard).toEqual(["*"]));
    } finally {
      await listener.end();
    }
    // '*' makes both indexes reload everything.
    await vi.waitFor(() => expect(a.isReady && b.isReady).toBe(true), { timeout: 10_000, interval: 50 });
  });
});
