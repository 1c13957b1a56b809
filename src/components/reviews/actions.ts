"use server";

import type { RouterInputs } from "@/trpc/outputs";
import { runAction } from "@/trpc/action";

// Server actions for reviews: each runs its procedure with the browser's own session.

export async function submitReview(input: RouterInputs["reviews"]["submit"]) {
  return runAction((api) => api.reviews.submit(input));
}

export async function renegotiate(input: RouterInputs["reviews"]["renegotiate"]) {
  return runAction((api) => api.reviews.renegotiate(input));
}
