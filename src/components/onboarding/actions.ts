"use server";

import type { RouterInputs } from "@/trpc/outputs";
import { runAction } from "@/trpc/action";

// Server actions for the questionnaire and profile forms: each runs its procedure with the browser's own session.

export async function saveStep(input: RouterInputs["onboarding"]["saveStep"]) {
  return runAction((api) => api.onboarding.saveStep(input));
}

export async function finishQuestionnaire(input: RouterInputs["onboarding"]["finish"]) {
  return runAction((api) => api.onboarding.finish(input));
}

export async function setOpenToMatching(input: RouterInputs["onboarding"]["setOpenToMatching"]) {
  return runAction((api) => api.onboarding.setOpenToMatching(input));
}

export async function updateProfile(input: RouterInputs["onboarding"]["updateProfile"]) {
  return runAction((api) => api.onboarding.updateProfile(input));
}
