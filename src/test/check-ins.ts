/** Partnerships with an agreement in force whose check-ins are known, for check-in tests. */
import type { Db } from "@/server/db/client";
import { orderPartners } from "@/shared/agreement/sections";
import { apiOf, proposeCurrent } from "./agreement-docs";
import { newPartnership } from "./partners";

const day = 24 * 60 * 60 * 1000;

export const checkInQuestions = ["How did your week go?", "What got in the way?"];
export const goalsOfA = ["Walk every morning", "Call my sister"];
export const goalsOfB = ["Read before bed"];

/** Every day at 12:00 UTC: the check-in of `daysAgo` days ago (0: today's, maybe still ahead). */
export function noonUtc(daysAgo: number, now = new Date()): Date {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 12);
  return new Date(today - daysAgo * day);
}

/** The latest check-in that has started: today's if it's past noon UTC, else yesterday's. */
export const lastStarted = (now = new Date()) => (noonUtc(0, now).getTime() <= now.getTime() ? noonUtc(0, now) : noonUtc(1, now));

/**
 * Both partners signed version 1; its content is then set to a daily 12:00 UTC rhythm with known
 * questions and goals, in force since 30 days ago, so past check-ins exist. `a` and `b` are the two
 * members in agreement order (goalsA is `a`'s).
 */
export async function checkInPartnership<M extends { id: string }>(db: Db, existing?: { partnershipId: string; sender: M; recipient: M }) {
  const p = existing ?? (await newPartnership(db));
  const version = await proposeCurrent(p.sender, p.partnershipId);
  await apiOf(p.recipient).agreement.sign({ partnershipId: p.partnershipId, versionId: version.versionId, hash: version.hash });
  const stored = await db.agreementVersion.findUniqueOrThrow({ where: { id: version.versionId }, select: { content: true } });
  const content = stored.content as { text: Record<string, string>; fields: Record<string, unknown> };
  const [a, b] = orderPartners({ memberId: p.sender.id, member: p.sender }, { memberId: p.recipient.id, member: p.recipient });
  await db.agreementVersion.update({
    where: { id: version.versionId },
    data: {
      inForceAt: new Date(Date.now() - 30 * day),
      content: {
        text: { ...content.text, questions: checkInQuestions.join("\n"), goalsA: `My goals:\n${goalsOfA.map((g) => `- ${g}`).join("\n")}`, goalsB: goalsOfB.map((g) => `- ${g}`).join("\n") },
        fields: { ...content.fields, frequency: "DAILY", weekdays: ["MO", "TU", "WE", "TH", "FR", "SA", "SU"], time: "12:00", timezone: "UTC", durationMinutes: 30 },
      },
    },
  });
  return { partnershipId: p.partnershipId, a: a.member, b: b.member, versionId: version.versionId };
}

/** What `checkIns.log` takes for the latest check-in that has started. */
export const logLatestInput = (partnershipId: string, start = lastStarted()) => ({
  partnershipId,
  occurrenceStart: start,
  happenedAt: start,
  durationMinutes: 30,
  channel: "VIDEO" as const,
});

/** A valid `checkIns.answer` input for the known questions, with nothing private. */
export const answerInput = (partnershipId: string, checkInId: string) => ({
  partnershipId,
  checkInId,
  answers: checkInQuestions.map(() => ({ text: "A calm week.", private: false })),
  mood: 3,
  energy: 3,
  moodPrivate: false,
  win: "",
  winPrivate: false,
  nextCommitment: "",
  nextCommitmentPrivate: false,
  commitmentsDone: [],
});
