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

export async function signUp(input: RouterInputs["account"]["signUp"]) {
  return runAction((api) => api.account.signUp(input));
}

export async function requestPasswordReset(input: RouterInputs["account"]["requestPasswordReset"]) {
  return runAction((api) => api.account.requestPasswordReset(input));
}

export async function resetPassword(input: RouterInputs["account"]["resetPassword"]) {
  return runAction((api) => api.account.resetPassword(input));
}

export async function verifyEmail(input: RouterInputs["account"]["verifyEmail"]) {
  return runAction((api) => api.account.verifyEmail(input));
}

export async function resendVerification() {
  return runAction((api) => api.account.resendVerification());
}
