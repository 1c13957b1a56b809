import { SlidersHorizontal } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { noFilters } from "@/shared/matching/filters";
import type { SuggestionFilters } from "@/shared/matching/schemas";
import {
  checkInFrequencies,
  languages,
} from "@/shared/onboarding/questionnaire";

const selectClass =
  "block min-h-11 w-full rounded-xl border border-line-strong bg-surface px-3 py-2 text-base text-fg hover:border-fg " +
  "focus-visible:border-focus focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-focus";

/**
 * A small filter form: check-in rhythm, a language they speak, sobriety-friendly only. A plain GET
 * form (the filters live in the address, so it works without script and can be bookmarked). Every
 * box is optional and none has a constraint to fail, so an empty box is never shown as invalid.
 */
export function SuggestionFiltersForm({
  filters,
}: {
  filters: SuggestionFilters;
}) {
  const any = !noFilters(filters);
  return (
    <details open={any} className="mt-4 rounded-2xl bg-surface-2 px-4 py-1">
      <summary className="flex min-h-11 cursor-pointer items-center gap-2 font-medium text-primary-text focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-focus">
        <SlidersHorizontal aria-hidden="true" className="size-4" />
        {any ? "Filters (on)" : "Filter your suggestions"}
      </summary>
      <form
        method="get"
        action="/matches"
        aria-label="Filter your suggestions"
        className="pb-3"
      >
        <div className="mt-1 grid gap-3 sm:grid-cols-[1fr_1fr_auto_auto] sm:items-end">
          <div>
            <label
              htmlFor="filter-rhythm"
              className="block text-sm font-medium"
            >
              Check-ins
            </label>
            <select
              id="filter-rhythm"
              name="rhythm"
              defaultValue={filters.rhythm ?? ""}
              className={selectClass}
            >
              <option value="">Any rhythm</option>
              {checkInFrequencies.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label
              htmlFor="filter-language"
              className="block text-sm font-medium"
            >
              Speaks
            </label>
            <select
              id="filter-language"
              name="language"
              defaultValue={filters.language ?? ""}
              className={selectClass}
            >
              <option value="">Any language</option>
              {languages.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
          <label className="flex min-h-11 items-center gap-2 text-sm font-medium">
            <input
              type="checkbox"
              name="sober"
              value="1"
              defaultChecked={filters.sobrietyFriendly ?? false}
              className="size-5 accent-primary"
            />
            Sobriety-friendly only
          </label>
          <div className="flex items-center gap-2">
            <Button type="submit" variant="secondary" size="sm">
              Show
            </Button>
            {any ? (
              <Link
                href="/matches"
                className="inline-flex min-h-11 items-center px-2 text-sm font-medium text-primary-text underline underline-offset-4"
              >
                Clear filters
              </Link>
            ) : null}
          </div>
        </div>
      </form>
    </details>
  );
}
