import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "@/server/db/client";
import { storeAvailabilityWeeks } from "@/server/onboarding/availability-store";
import { maxPendingIncoming, requestLifetimeDays } from "@/shared/matching/limits";
import { questionnaireVersion } from "@/shared/onboarding/questionnaire";
import { generateProfile, prng } from "./profile-generator";

/** An id the API accepts (`zId`: lowercase letters and digits), as random as a UUID. */
const seedId = () => randomUUID().replaceAll("-", "");

const chunkSize = 2000;

const dayMs = 24 * 60 * 60 * 1000;

type Activity = {
  requests: { id: string; senderId: string; recipientId: string; status: string; expiresAt: string; respondedAt: string | null; createdAt: string; updatedAt: string }[];
  partnerships: { id: string; status: string; doNotRematch: boolean; endedAt: string | null; createdAt: string; updatedAt: string }[];
  partners: { partnershipId: string; memberId: string; status: string; joinedAt: string }[];
  blocks: { blockerId: string; blockedId: string; createdAt: string }[];
};

/**
 * Requests, partnerships and blocks among one chunk of generated members, from a seeded PRNG:
 * about 12% of members in a partnership (most drafting, active or paused, some ended, a few of
 * those "don't suggest us again"), 5% with a pending request out (a few popular members end up
 * with a full inbox), 10% with an older request that was declined, expired or withdrawn, and 1%
 * who blocked someone. The requests respect the one-pending-per-pair and inbox limits.
 */
export function generateActivity(ids: readonly string[], seed: number, now: Date): Activity {
  const random = prng(seed);
  const pick = () => ids[Math.floor(random() * ids.length)]!;
  const iso = (msAgo: number) => new Date(now.getTime() - msAgo).toISOString();
  const activity: Activity = { requests: [], partnerships: [], partners: [], blocks: [] };

  const order = [...ids].sort(() => random() - 0.5);
  for (let i = 0; i + 1 < order.length; i += 2) {
    if (random() >= 0.12) continue;
    const roll = random();
    const status = roll < 0.55 ? "ACTIVE" : roll < 0.7 ? "DRAFTING" : roll < 0.8 ? "PAUSED" : "ENDED";
    const id = `seedpartnership${seed}x${i}`;
    const createdAt = iso((10 + Math.floor(random() * 150)) * dayMs);
    activity.partnerships.push({
      id,
      status,
      doNotRematch: status === "ENDED" && random() < 0.3,
      endedAt: status === "ENDED" ? iso(Math.floor(random() * 10) * dayMs) : null,
      createdAt,
      updatedAt: createdAt,
    });
    for (const memberId of [order[i]!, order[i + 1]!]) activity.partners.push({ partnershipId: id, memberId, status, joinedAt: createdAt });
  }

  const pendingPairs = new Set<string>();
  const inbox = new Map<string, number>();
  const popular = ids.slice(0, Math.max(1, Math.floor(ids.length / 100)));
  ids.forEach((senderId, i) => {
    const roll = random();
    if (roll < 0.05) {
      const recipientId = random() < 0.3 ? popular[Math.floor(random() * popular.length)]! : pick();
      const pair = [senderId, recipientId].sort().join(":");
      if (recipientId === senderId || pendingPairs.has(pair) || (inbox.get(recipientId) ?? 0) >= maxPendingIncoming) return;
      pendingPairs.add(pair);
      inbox.set(recipientId, (inbox.get(recipientId) ?? 0) + 1);
      const sentAgo = Math.floor(random() * (requestLifetimeDays - 1) * dayMs);
      const createdAt = iso(sentAgo);
      activity.requests.push({
        id: `seedrequest${seed}x${i}`,
        senderId,
        recipientId,
        status: "PENDING",
        expiresAt: new Date(now.getTime() - sentAgo + requestLifetimeDays * dayMs).toISOString(),
        respondedAt: null,
        createdAt,
        updatedAt: createdAt,
      });
    } else if (roll < 0.15) {
      const recipientId = pick();
      if (recipientId === senderId) return;
      const sentAgo = (requestLifetimeDays + 1 + Math.floor(random() * 120)) * dayMs;
      const answer = random();
      const status = answer < 0.5 ? "DECLINED" : answer < 0.8 ? "EXPIRED" : "WITHDRAWN";
      const respondedAt = status === "DECLINED" ? iso(sentAgo - Math.floor(random() * 3 * dayMs)) : null;
      activity.requests.push({
        id: `seedrequest${seed}x${i}`,
        senderId,
        recipientId,
        status,
        expiresAt: iso(sentAgo - requestLifetimeDays * dayMs),
        respondedAt,
        createdAt: iso(sentAgo),
        updatedAt: respondedAt ?? iso(sentAgo - requestLifetimeDays * dayMs),
      });
    }
    if (random() < 0.01) {
      const blockedId = pick();
      if (blockedId !== senderId) activity.blocks.push({ blockerId: senderId, blockedId, createdAt: iso(Math.floor(random() * 60) * dayMs) });
    }
  });
  return activity;
}

/**
 * Inserts `count` onboarded, verified, open-to-matching members with generated answers, in bulk
 * (one statement per table per chunk; one shared password hash), plus their UTC availability
 * weeks. With `activity`, also requests, partnerships and blocks among them (`generateActivity`).
 * Used by the demo seed (~200) and the benchmarks (100,000 in about 20 s).
 */
export async function seedGeneratedMembers(
  db: Db,
  options: { count: number; passwordHash: string; startIndex?: number; now?: Date; activity?: boolean },
): Promise<number> {
  const now = options.now ?? new Date();
  const start = options.startIndex ?? 0;
  for (let from = start; from < start + options.count; from += chunkSize) {
    const to = Math.min(from + chunkSize, start + options.count);
    const people = Array.from({ length: to - from }, (_, i) => ({ id: seedId(), index: from + i, ...generateProfile(from + i) }));
    const stamp = now.toISOString();
    const members = people.map((p) => ({
      id: p.id,
      email: `member-${p.index}@demo.tandem.local`,
      emailVerifiedAt: stamp,
      passwordHash: options.passwordHash,
      displayName: p.displayName,
      timezone: p.timezone,
      role: "MEMBER",
      status: "ACTIVE",
      sessionVersion: 0,
      createdAt: stamp,
      updatedAt: stamp,
    }));
    const profiles = people.map(({ id, index, answers: a }) => ({
      memberId: id,
      questionnaireVersion,
      completedSteps: 6,
      completedAt: stamp,
      openToMatching: true,
      openToMatchingAt: stamp,
      pronouns: a.about.pronouns,
      intro: a.about.intro,
      languages: a.about.languages,
      focusAreas: a.about.focusAreas,
      ...a.commitment,
      availabilitySlots: a.schedule.availability,
      channels: a.schedule.channels,
      personalValues: a.values.values,
      needsSobrietyFriendlyPartner: a.values.needsSobrietyFriendlyPartner,
      sobrietyFriendly: a.values.sobrietyFriendly,
      ...a.communication,
      mustShareLanguage: a.boundaries.mustShareLanguage,
      // Most people take on one partnership at a time; one in ten is open to two.
      partnershipCapacity: index % 10 === 3 ? 2 : 1,
      extras: { goals: a.about.goals, beliefs: a.values.beliefs, offLimitTopics: null, partnerPreferences: null },
      createdAt: stamp,
      updatedAt: stamp,
    }));
    await db.$transaction(async (tx) => {
      await tx.$executeRaw`INSERT INTO member SELECT * FROM jsonb_populate_recordset(NULL::member, ${JSON.stringify(members)}::jsonb)`;
      await tx.$executeRaw`INSERT INTO profile SELECT * FROM jsonb_populate_recordset(NULL::profile, ${JSON.stringify(profiles)}::jsonb)`;
      await storeAvailabilityWeeks(
        tx,
        people.map((p) => ({ memberId: p.id, slots: p.answers.schedule.availability, timezone: p.timezone })),
        now,
      );
      if (!options.activity) return;
      const { requests, partnerships, partners, blocks } = generateActivity(
        people.map((p) => p.id),
        from,
        now,
      );
      await tx.$executeRaw`INSERT INTO match_request SELECT * FROM jsonb_populate_recordset(NULL::match_request, ${JSON.stringify(requests)}::jsonb)`;
      await tx.$executeRaw`INSERT INTO partnership SELECT * FROM jsonb_populate_recordset(NULL::partnership, ${JSON.stringify(partnerships)}::jsonb)`;
      await tx.$executeRaw`INSERT INTO partnership_member SELECT * FROM jsonb_populate_recordset(NULL::partnership_member, ${JSON.stringify(partners)}::jsonb)`;
      await tx.$executeRaw`INSERT INTO block SELECT * FROM jsonb_populate_recordset(NULL::block, ${JSON.stringify(blocks)}::jsonb) ON CONFLICT DO NOTHING`;
    });
  }
  return options.count;
}
