import type { Db } from "@/server/db/client";
import { answerSteps, type AnswerStepId } from "@/shared/onboarding/questionnaire";
import { callerFor } from "./callers";
import { createMember } from "./factories";
import type { SaveStepRequest, StepFormValues } from "@/shared/onboarding/schemas";

/** A complete, valid set of answers for every step, to build on in tests. */
export const sampleAnswers: StepFormValues = {
  about: { displayName: "Robin", pronouns: "they/them", intro: "Rebuilding after a move.", languages: ["en", "es"], focusAreas: ["LONELINESS", "LIFE_TRANSITION"], goals: ["Call a friend weekly"] },
  commitment: { seriousness: 4, hoursPerWeek: 3, checkInFrequency: "WEEKLY", intendedLength: "THREE_MONTHS", reliability: 4 },
  schedule: { timezone: "Asia/Kolkata", availability: [18 * 2 + 0, 18 * 2 + 1, 48 + 36, 48 + 37], channels: ["VIDEO", "TEXT"] },
  values: {
    values: ["HONESTY", "PATIENCE"],
    beliefs: { loneliness_signal: 5, setbacks_progress: 4, asking_for_help: 5, small_steps: 5, honesty_over_comfort: 3 },
    needsSobrietyFriendlyPartner: false,
    sobrietyFriendly: true,
  },
  communication: { feedbackStyle: 4, missedCheckInResponse: "NUDGE", disclosurePace: 2, replyTime: "WITHIN_24H", relationshipStyle: "PEER" },
  boundaries: { offLimitTopics: "My ex", partnerPreferences: null, mustShareLanguage: true },
};

/** saveStep's input for one step (TypeScript cannot tie a step variable to its answers' type by itself). */
export function stepInput<S extends AnswerStepId>(step: S, answers: StepFormValues[S]): SaveStepRequest {
  return { step, answers } as SaveStepRequest;
}

export type AnswerChanges = { [K in keyof StepFormValues]?: Partial<StepFormValues[K]> };

/** A member who answered every step (sample answers plus `changes`), by default verified and open to matching. */
export type OnboardedOptions = { verified?: boolean; open?: boolean; displayName?: string };

export async function onboardedMember(db: Db, changes: AnswerChanges = {}, options: OnboardedOptions = {}) {
  const member = await createMember(db, { verified: options.verified ?? true, ...(options.displayName ? { displayName: options.displayName } : {}) });
  const { api } = callerFor({ member });
  for (const step of answerSteps) {
    const answers = { ...sampleAnswers[step], ...changes[step], ...(step === "about" && options.displayName ? { displayName: options.displayName } : {}) };
    await api.onboarding.saveStep(stepInput(step, answers));
  }
  const open = options.open !== false;
  if (open && options.verified === false) {
    await api.onboarding.finish({ openToMatching: false });
    await db.profile.update({ where: { memberId: member.id }, data: { openToMatching: true } });
  } else {
    await api.onboarding.finish({ openToMatching: open });
  }
  return member;
}

/**
 * Answers with an hour of availability (Wed–Sat, random) that other tests almost surely don't use, so
 * a test's members overlap only with each other and its top-20 assertions don't depend on how
 * many members other test files have created in the shared database.
 */
export function isolatedSchedule(): AnswerChanges {
  const slot = (2 + Math.floor(Math.random() * 4)) * 48 + Math.floor(Math.random() * 47);
  return { schedule: { availability: [slot, slot + 1] } };
}
