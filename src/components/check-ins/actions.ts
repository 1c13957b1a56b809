"use server";

import type { RouterInputs } from "@/trpc/outputs";
import { runAction } from "@/trpc/action";

// Server actions for logging and answering check-ins: each runs its procedure with the browser's own session.

export async function logCheckIn(input: RouterInputs["checkIns"]["log"]) {
  return runAction((api) => api.checkIns.log(input));
}

export async function answerCheckIn(input: RouterInputs["checkIns"]["answer"]) {
  return runAction((api) => api.checkIns.answer(input));
}
