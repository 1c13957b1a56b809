import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "@/server/db/client";
import { storeAvailabilityWeeks } from "@/server/onboarding/availability-store";
import { questionnaireVersion } from "@/server/onboarding/questionnaire";
import { generateProfile } from "./profile-generator";

const chunkSize = 2000;

/**
 * Inserts `count` onboarded, verified, open-to-matching members with generated answers, in bulk
 * (one statement per table per chunk; one shared password hash), plus their UTC availability
 * weeks. Used by the demo seed (~200) and the benchmarks (100,000 in about a minute).
 */
export async function seedGeneratedMembers(db: Db, options: { count: number; passwordHash: string; startIndex?: number; now?: Date }): Promise<number> {
  const now = options.now ?? new Date();
  const start = options.startIndex ?? 0;
  for (let from = start; from < start + options.count; from += chunkSize) {
    const to = Math.min(from + chunkSize, start + options.count);
    const people = Array.from({ length: to - from }, (_, i) => ({ id: randomUUID(), index: from + i, ...generateProfile(from + i) }));
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
    const profiles = people.map(({ id, answers: a }) => ({
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
    });
  }
  return options.count;
}
