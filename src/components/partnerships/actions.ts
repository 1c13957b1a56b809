"use server";

import type { RouterInputs } from "@/trpc/outputs";
import { runAction } from "@/trpc/action";

// Server actions for a partnership: each runs its procedure with the browser's own session.

export async function notGoingAhead(input: RouterInputs["partnerships"]["notGoingAhead"]) {
  return runAction((api) => api.partnerships.notGoingAhead(input));
}
