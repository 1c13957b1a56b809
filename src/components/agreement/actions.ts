"use server";

import type { RouterInputs } from "@/trpc/outputs";
import { runAction } from "@/trpc/action";

// Server actions for proposing, signing and changing the agreement: each runs its procedure with the browser's own session.

export async function proposeAgreement(input: RouterInputs["agreement"]["propose"]) {
  return runAction((api) => api.agreement.propose(input));
}

export async function signAgreement(input: RouterInputs["agreement"]["sign"]) {
  return runAction((api) => api.agreement.sign(input));
}

export async function requestChanges(input: RouterInputs["agreement"]["requestChanges"]) {
  return runAction((api) => api.agreement.requestChanges(input));
}

export async function withdrawAmendment(input: RouterInputs["agreement"]["withdrawAmendment"]) {
  return runAction((api) => api.agreement.withdrawAmendment(input));
}

export async function openAmendment(input: RouterInputs["agreement"]["openAmendment"]) {
  return runAction((api) => api.agreement.openAmendment(input));
}

export async function readSigning(input: RouterInputs["agreement"]["signing"]) {
  return runAction((api) => api.agreement.signing(input));
}
