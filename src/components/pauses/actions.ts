"use server";

import type { RouterInputs } from "@/trpc/outputs";
import { runAction } from "@/trpc/action";

// Server actions for pauses: each runs its procedure with the browser's own session.

export async function requestPause(input: RouterInputs["pauses"]["request"]) {
  return runAction((api) => api.pauses.request(input));
}

export async function proposePauseDates(input: RouterInputs["pauses"]["proposeDates"]) {
  return runAction((api) => api.pauses.proposeDates(input));
}

export async function extendPause(input: RouterInputs["pauses"]["extend"]) {
  return runAction((api) => api.pauses.extend(input));
}

export async function answerPause(input: RouterInputs["pauses"]["answer"]) {
  return runAction((api) => api.pauses.answer(input));
}

export async function withdrawPause(input: RouterInputs["pauses"]["withdraw"]) {
  return runAction((api) => api.pauses.withdraw(input));
}

export async function resumePause(input: RouterInputs["pauses"]["resume"]) {
  return runAction((api) => api.pauses.resume(input));
}
