"use server";

import type { RouterInputs } from "@/trpc/outputs";
import { runAction } from "@/trpc/action";

// Server actions for the settings forms: each runs its procedure with the browser's own session.

export async function setCapacity(input: RouterInputs["partnerships"]["setCapacity"]) {
  return runAction((api) => api.partnerships.setCapacity(input));
}

export async function setNotificationPreferences(input: RouterInputs["notifications"]["setPreferences"]) {
  return runAction((api) => api.notifications.setPreferences(input));
}
