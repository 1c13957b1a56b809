"use server";

import type { RouterInputs } from "@/trpc/outputs";
import { runAction } from "@/trpc/action";

// Server actions for ending a partnership: each runs its procedure with the browser's own session.

export async function endPartnership(input: RouterInputs["endings"]["end"]) {
  return runAction((api) => api.endings.end(input));
}

export async function saveReflection(input: RouterInputs["endings"]["reflect"]) {
  return runAction((api) => api.endings.reflect(input));
}
