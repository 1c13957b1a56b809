"use server";

import type { RouterInputs } from "@/trpc/outputs";
import { runAction } from "@/trpc/action";

// Server actions for the suggestion cards: each runs its procedure with the browser's own session.

export async function passOn(input: RouterInputs["matching"]["pass"]) {
  return runAction((api) => api.matching.pass(input));
}

export async function suggestAgain(input: RouterInputs["matching"]["unpass"]) {
  return runAction((api) => api.matching.unpass(input));
}

export async function sendRequest(input: RouterInputs["requests"]["send"]) {
  return runAction((api) => api.requests.send(input));
}
