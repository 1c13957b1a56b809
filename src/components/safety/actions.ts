"use server";

import type { RouterInputs } from "@/trpc/outputs";
import { runAction } from "@/trpc/action";

// Server actions for blocking: each runs its procedure with the browser's own session.

export async function block(input: RouterInputs["blocks"]["block"]) {
  return runAction((api) => api.blocks.block(input));
}

export async function unblock(input: RouterInputs["blocks"]["unblock"]) {
  return runAction((api) => api.blocks.unblock(input));
}
