"use server";

import type { RouterInputs } from "@/trpc/outputs";
import { runAction } from "@/trpc/action";

// Server actions for the account forms: each runs its procedure with the browser's own session.

export async function signOutEverywhere() {
  return runAction((api) => api.account.signOutEverywhere());
}

export async function changePassword(input: RouterInputs["account"]["changePassword"]) {
  return runAction((api) => api.account.changePassword(input));
}
