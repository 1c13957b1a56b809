import "server-only";
import type { Db, Tx } from "@/server/db/client";
import { retryOnConflict } from "@/server/db/retry";
import { AppError } from "@/server/errors";
import type { Prisma } from "@/generated/prisma/client";
import { storeAvailabilityWeeks } from "./availability-store";
import { readExtras, type ProfileExtras } from "./extras";
import { questionnaireVersion, steps, type AnswerStepId } from "@/shared/onboarding/questionnaire";
import * as rules from "./rules";
import type { ProfileUpdate, SaveStepInput, StepAnswers } from "@/shared/onboarding/schemas";

const profileSelect = {
  completedSteps: true,
  completedAt: true,
  openToMatching: true,
  questionnaireVersion: true,
  pronouns: true,
  intro: true,
  languages: true,
  focusAreas: true,
  seriousness: true,
  hoursPerWeek: true,
  checkInFrequency: true,
  intendedLength: true,
  reliability: true,
  availabilitySlots: true,
  channels: true,
  personalValues: true,
  needsSobrietyFriendlyPartner: true,
  sobrietyFriendly: true,
  feedbackStyle: true,
  missedCheckInResponse: true,
  disclosurePace: true,
  replyTime: true,
  relationshipStyle: true,
  mustShareLanguage: true,
  extras: true,
} as const satisfies Prisma.ProfileSelect;

type StoredProfile = Prisma.ProfileGetPayload<{ select: typeof profileSelect }>;
type MemberBasics = { displayName: string; timezone: string; emailVerifiedAt: Date | null };

function refusal(result: Exclude<ReturnType<typeof rules.saveStep>, { ok: true }>): AppError {
  switch (result.reason) {
    case "OUT_OF_ORDER":
    case "INCOMPLETE": {
      const title = steps.find((s) => s.id === result.nextStep)?.title ?? "the next step";
      return new AppError("PRECONDITION", `Please finish "${title}" first.`);
    }
    case "EMAIL_UNVERIFIED":
      return new AppError("PRECONDITION", "Please confirm your email before opening to matching. We can send a new link from your dashboard.", {
        fieldErrors: { openToMatching: ["Confirm your email first. You can still finish and open to matching later."] },
      });
  }
}

/** Each saved step's answers as its form expects them, from the typed columns and extras. */
function answersFrom(member: MemberBasics, p: StoredProfile | null): Partial<StepAnswers> {
  if (!p) return {};
  const saved = (step: AnswerStepId) => p.completedAt !== null || steps.findIndex((s) => s.id === step) < p.completedSteps;
  const extras = readExtras(p.extras);
  const answers: Partial<StepAnswers> = {};
  if (saved("about")) {
    answers.about = { displayName: member.displayName, pronouns: p.pronouns, intro: p.intro, languages: p.languages as StepAnswers["about"]["languages"], focusAreas: p.focusAreas, goals: extras.goals ?? [] };
  }
  if (saved("commitment") && p.seriousness && p.hoursPerWeek && p.checkInFrequency && p.intendedLength && p.reliability) {
    answers.commitment = { seriousness: p.seriousness, hoursPerWeek: p.hoursPerWeek, checkInFrequency: p.checkInFrequency, intendedLength: p.intendedLength, reliability: p.reliability };
  }
  if (saved("schedule")) answers.schedule = { timezone: member.timezone, availability: p.availabilitySlots, channels: p.channels };
  if (saved("values") && extras.beliefs && p.needsSobrietyFriendlyPartner !== null && p.sobrietyFriendly !== null) {
    answers.values = { values: p.personalValues, beliefs: extras.beliefs, needsSobrietyFriendlyPartner: p.needsSobrietyFriendlyPartner, sobrietyFriendly: p.sobrietyFriendly };
  }
  if (saved("communication") && p.feedbackStyle && p.missedCheckInResponse && p.disclosurePace && p.replyTime && p.relationshipStyle) {
    answers.communication = {
      feedbackStyle: p.feedbackStyle,
      missedCheckInResponse: p.missedCheckInResponse,
      disclosurePace: p.disclosurePace,
      replyTime: p.replyTime,
      relationshipStyle: p.relationshipStyle,
    };
  }
  if (saved("boundaries")) {
    answers.boundaries = { offLimitTopics: extras.offLimitTopics ?? null, partnerPreferences: extras.partnerPreferences ?? null, mustShareLanguage: p.mustShareLanguage };
  }
  return answers;
}

async function memberBasics(db: Db | Tx, memberId: string): Promise<MemberBasics> {
  const member = await db.member.findUnique({ where: { id: memberId }, select: { displayName: true, timezone: true, emailVerifiedAt: true } });
  if (!member) throw new AppError("NOT_FOUND", "We couldn't find your account.");
  return member;
}

export async function getOnboardingState(db: Db, memberId: string) {
  const [member, profile] = await Promise.all([memberBasics(db, memberId), db.profile.findUnique({ where: { memberId }, select: profileSelect })]);
  const progress = profile ?? rules.notStarted;
  return {
    questionnaireVersion,
    completedSteps: progress.completedSteps,
    completedAt: progress.completedAt,
    openToMatching: progress.openToMatching,
    nextStep: progress.completedAt ? null : rules.nextStep(progress),
    emailVerified: member.emailVerifiedAt !== null,
    displayName: member.displayName,
    timezone: member.timezone,
    /** What settings → profile edits, saved even before "About you" is. */
    profile: { pronouns: profile?.pronouns ?? null, intro: profile?.intro ?? null, languages: profile?.languages ?? [] },
    answers: answersFrom(member, profile),
  };
}

/** The profile row, locked for this transaction (created empty on first use). */
async function lockProfile(tx: Tx, memberId: string): Promise<StoredProfile> {
  await tx.$executeRaw`
    INSERT INTO profile ("memberId", "questionnaireVersion", "updatedAt") VALUES (${memberId}, ${questionnaireVersion}, now())
    ON CONFLICT ("memberId") DO NOTHING`;
  await tx.$queryRaw`SELECT 1 FROM profile WHERE "memberId" = ${memberId} FOR UPDATE`;
  return tx.profile.findUniqueOrThrow({ where: { memberId }, select: profileSelect });
}

function stepColumns(input: SaveStepInput, extras: ProfileExtras): { profile: Prisma.ProfileUpdateInput; member?: Prisma.MemberUpdateInput } {
  switch (input.step) {
    case "about": {
      const a = input.answers;
      return {
        profile: { pronouns: a.pronouns, intro: a.intro, languages: a.languages, focusAreas: a.focusAreas, extras: { ...extras, goals: a.goals } },
        member: { displayName: a.displayName },
      };
    }
    case "commitment":
      return { profile: { ...input.answers } };
    case "schedule":
      return { profile: { availabilitySlots: input.answers.availability, channels: input.answers.channels }, member: { timezone: input.answers.timezone } };
    case "values": {
      const a = input.answers;
      return {
        profile: {
          personalValues: a.values,
          needsSobrietyFriendlyPartner: a.needsSobrietyFriendlyPartner,
          sobrietyFriendly: a.sobrietyFriendly,
          extras: { ...extras, beliefs: a.beliefs },
        },
      };
    }
    case "communication":
      return { profile: { ...input.answers } };
    case "boundaries": {
      const a = input.answers;
      return { profile: { mustShareLanguage: a.mustShareLanguage, extras: { ...extras, offLimitTopics: a.offLimitTopics, partnerPreferences: a.partnerPreferences } } };
    }
  }
}

/** Saves one step (in order the first time), with the member's row locked against a parallel save. */
export async function saveStep(db: Db, memberId: string, input: SaveStepInput, now = new Date()) {
  await memberBasics(db, memberId);
  return retryOnConflict(() => db.$transaction(async (tx) => {
    const profile = await lockProfile(tx, memberId);
    const result = rules.saveStep(profile, input.step);
    if (!result.ok) throw refusal(result);
    const columns = stepColumns(input, readExtras(profile.extras));
    await tx.profile.update({
      where: { memberId },
      data: { ...columns.profile, completedSteps: result.progress.completedSteps, questionnaireVersion },
    });
    if (columns.member) await tx.member.update({ where: { id: memberId }, data: columns.member });
    if (input.step === "schedule") {
      await storeAvailabilityWeeks(tx, [{ memberId, slots: input.answers.availability, timezone: input.answers.timezone }], now);
    }
    return { completedSteps: result.progress.completedSteps, nextStep: result.progress.completedAt ? null : rules.nextStep(result.progress) };
  }));
}

async function applyMatchingChoice(
  db: Db,
  memberId: string,
  decide: (profile: StoredProfile, emailVerified: boolean) => ReturnType<typeof rules.finish>,
  now: Date,
) {
  const member = await memberBasics(db, memberId);
  return retryOnConflict(() => db.$transaction(async (tx) => {
    const profile = await lockProfile(tx, memberId);
    const result = decide(profile, member.emailVerifiedAt !== null);
    if (!result.ok) throw refusal(result);
    const { completedAt, openToMatching } = result.progress;
    await tx.profile.update({
      where: { memberId },
      data: { completedAt, openToMatching, ...(openToMatching !== profile.openToMatching ? { openToMatchingAt: openToMatching ? now : null } : {}) },
    });
    return { completedAt, openToMatching };
  }));
}

export function finishOnboarding(db: Db, memberId: string, openToMatching: boolean, now = new Date()) {
  return applyMatchingChoice(db, memberId, (profile, emailVerified) => rules.finish(profile, { openToMatching, emailVerified }, now), now);
}

export function setOpenToMatching(db: Db, memberId: string, open: boolean, now = new Date()) {
  return applyMatchingChoice(db, memberId, (profile, emailVerified) => rules.setOpenToMatching(profile, { open, emailVerified }), now);
}

/** Settings → profile. A new timezone keeps the local grid as entered and recomputes its UTC weeks. */
export async function updateProfile(db: Db, memberId: string, input: ProfileUpdate, now = new Date()) {
  await memberBasics(db, memberId);
  return retryOnConflict(() => db.$transaction(async (tx) => {
    const profile = await lockProfile(tx, memberId);
    await tx.member.update({ where: { id: memberId }, data: { displayName: input.displayName, timezone: input.timezone } });
    await tx.profile.update({ where: { memberId }, data: { pronouns: input.pronouns, intro: input.intro, languages: input.languages } });
    if (profile.availabilitySlots.length > 0) {
      await storeAvailabilityWeeks(tx, [{ memberId, slots: profile.availabilitySlots, timezone: input.timezone }], now);
    }
    return { status: "saved" as const };
  }));
}
