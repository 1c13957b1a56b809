/**
 * Onboarding's state rules, pure. Steps are saved in order the first time (step N needs 1…N−1);
 * once finished, any step can be edited alone. Opening to matching needs a finished
 * questionnaire and a verified email, and is only ever switched on by an explicit choice.
 */
import { answerSteps, stepNumber, type AnswerStepId } from "@/shared/onboarding/questionnaire";

export type OnboardingProgress = { completedSteps: number; completedAt: Date | null; openToMatching: boolean };

export type OnboardingRefusal =
  | { ok: false; reason: "OUT_OF_ORDER"; nextStep: AnswerStepId }
  | { ok: false; reason: "INCOMPLETE"; nextStep: AnswerStepId }
  | { ok: false; reason: "EMAIL_UNVERIFIED" };

export const notStarted: OnboardingProgress = { completedSteps: 0, completedAt: null, openToMatching: false };

/** The first step still to answer, or null when all six are saved. */
export function nextStep(progress: Pick<OnboardingProgress, "completedSteps">): AnswerStepId | null {
  return answerSteps[progress.completedSteps] ?? null;
}

export function saveStep(progress: OnboardingProgress, step: AnswerStepId): { ok: true; progress: OnboardingProgress } | OnboardingRefusal {
  const n = stepNumber(step);
  if (progress.completedAt === null && n > progress.completedSteps + 1) {
    return { ok: false, reason: "OUT_OF_ORDER", nextStep: nextStep(progress) ?? step };
  }
  return { ok: true, progress: { ...progress, completedSteps: Math.max(progress.completedSteps, n) } };
}

export function finish(
  progress: OnboardingProgress,
  choice: { openToMatching: boolean; emailVerified: boolean },
  now: Date,
): { ok: true; progress: OnboardingProgress } | OnboardingRefusal {
  const missing = nextStep(progress);
  if (missing) return { ok: false, reason: "INCOMPLETE", nextStep: missing };
  if (choice.openToMatching && !choice.emailVerified) return { ok: false, reason: "EMAIL_UNVERIFIED" };
  return { ok: true, progress: { ...progress, completedAt: progress.completedAt ?? now, openToMatching: choice.openToMatching } };
}

export function setOpenToMatching(
  progress: OnboardingProgress,
  choice: { open: boolean; emailVerified: boolean },
): { ok: true; progress: OnboardingProgress } | OnboardingRefusal {
  if (progress.completedAt === null) return { ok: false, reason: "INCOMPLETE", nextStep: nextStep(progress) ?? "boundaries" };
  if (choice.open && !choice.emailVerified) return { ok: false, reason: "EMAIL_UNVERIFIED" };
  return { ok: true, progress: { ...progress, openToMatching: choice.open } };
}
