"use server";

import type { RouterInputs } from "@/trpc/outputs";
import { runAction } from "@/trpc/action";

// Server actions for the moderators' forms: each runs its procedure with the moderator's own session (moderatorProcedure still checks the role).

export async function act(input: RouterInputs["moderation"]["act"]) {
  return runAction((api) => api.moderation.act(input));
}

export async function unsuspend(input: RouterInputs["moderation"]["unsuspend"]) {
  return runAction((api) => api.moderation.unsuspend(input));
}
