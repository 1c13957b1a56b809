"use server";

import type { RouterInputs } from "@/trpc/outputs";
import { runAction } from "@/trpc/action";

// Server actions for the privacy settings: each runs its procedure with the browser's own session.

export async function deleteAccount(input: RouterInputs["privacy"]["deleteAccount"]) {
  return runAction((api) => api.privacy.deleteAccount(input));
}
