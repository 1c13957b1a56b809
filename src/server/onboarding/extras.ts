import { z } from "zod";
import { zBeliefs } from "@/shared/onboarding/schemas";

/** The untyped part of a profile (nothing matching filters on), validated when read and written. */
export const zProfileExtras = z.object({
  goals: z.array(z.string()).max(3).optional(),
  beliefs: zBeliefs.optional(),
  offLimitTopics: z.string().nullable().optional(),
  partnerPreferences: z.string().nullable().optional(),
});
export type ProfileExtras = z.infer<typeof zProfileExtras>;

/** Reads stored extras, dropping anything that no longer fits the schema rather than failing. */
export function readExtras(json: unknown): ProfileExtras {
  const parsed = zProfileExtras.safeParse(json);
  return parsed.success ? parsed.data : {};
}
