/** Matching inputs, shared by the suggestions page and the procedures. */
import { z } from "zod";
import { zId } from "@/shared/ids";
import { checkInFrequencies, languages, valuesOf } from "@/shared/onboarding/questionnaire";

/** "Not for me" on a suggestion, and undoing it. */
export const zPassInput = z.object({ memberId: zId("member") });
export type PassInput = z.input<typeof zPassInput>;

/**
 * The filters on the suggestions page, all optional: a check-in rhythm, a language they speak,
 * and "sobriety-friendly only". Nothing set means everyone.
 */
export const zSuggestionFilters = z
  .object({
    rhythm: z.enum(valuesOf(checkInFrequencies), { error: "Choose a check-in rhythm from the list." }),
    language: z.enum(valuesOf(languages), { error: "Choose a language from the list." }),
    sobrietyFriendly: z.literal(true, { error: "Sobriety-friendly is either on or left out." }),
  })
  .partial();
export type SuggestionFilters = z.output<typeof zSuggestionFilters>;
