"use server";

import type { RouterInputs } from "@/trpc/outputs";
import { runAction } from "@/trpc/action";

// Server actions for the notifications page: each runs its procedure with the browser's own session.

export async function markRead(input: RouterInputs["notifications"]["markRead"]) {
  return runAction((api) => api.notifications.markRead(input));
}
