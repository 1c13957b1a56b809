"use server";

import type { RouterInputs } from "@/trpc/outputs";
import { runAction } from "@/trpc/action";

// Server actions for answering and withdrawing requests: each runs its procedure with the browser's own session.

export async function acceptRequest(input: RouterInputs["requests"]["accept"]) {
  return runAction((api) => api.requests.accept(input));
}

export async function declineRequest(input: RouterInputs["requests"]["decline"]) {
  return runAction((api) => api.requests.decline(input));
}

export async function withdrawRequest(input: RouterInputs["requests"]["withdraw"]) {
  return runAction((api) => api.requests.withdraw(input));
}
