"use server";

import { runAction } from "@/trpc/action";

// Server actions for the calendar link settings: each runs its procedure with the browser's own session.

export async function rotateFeed() {
  return runAction((api) => api.calendar.rotateFeed());
}

export async function revokeFeed() {
  return runAction((api) => api.calendar.revokeFeed());
}
