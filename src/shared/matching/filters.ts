/**
 * The suggestions page's filters: reading them from the address (GET parameters, so a filtered
 * list can be bookmarked and works without script) and checking one candidate against them. Pure.
 */
import type { CheckInFrequency } from "@/server/matching/scorer/types";
import { type SuggestionFilters, zSuggestionFilters } from "./schemas";

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value) || undefined;

/**
 * The filters in a page's search parameters. An empty box, "any", or a value that isn't on the
 * list is simply no filter: a hand-edited address never breaks the page.
 */
export function filtersFromParams(params: Params): SuggestionFilters {
  const filters: SuggestionFilters = {};
  const rhythm = zSuggestionFilters.shape.rhythm.safeParse(first(params.rhythm));
  if (rhythm.success && rhythm.data) filters.rhythm = rhythm.data;
  const language = zSuggestionFilters.shape.language.safeParse(first(params.language));
  if (language.success && language.data) filters.language = language.data;
  if (first(params.sober) === "1") filters.sobrietyFriendly = true;
  return filters;
}

/** True when no filter is set. */
export const noFilters = (filters: SuggestionFilters): boolean => !filters.rhythm && !filters.language && !filters.sobrietyFriendly;

/** Whether a candidate passes every filter that is set. */
export function passesFilters(
  candidate: { checkInFrequency: CheckInFrequency; languages: readonly string[]; sobrietyFriendly: boolean },
  filters: SuggestionFilters,
): boolean {
  if (filters.rhythm && candidate.checkInFrequency !== filters.rhythm) return false;
  if (filters.language && !candidate.languages.includes(filters.language)) return false;
  if (filters.sobrietyFriendly && !candidate.sobrietyFriendly) return false;
  return true;
}
