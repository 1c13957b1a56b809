"use server";

import type { RouterInputs } from "@/trpc/outputs";
import { runAction } from "@/trpc/action";

// Server actions for the report form: each runs its procedure with the browser's own session.

export async function createReport(input: RouterInputs["reports"]["create"]) {
  return runAction((api) => api.reports.create(input));
}
