import type { Metadata } from "next";
import { EmptyState } from "@/components/matches/empty-state";
import { SuggestionFiltersForm } from "@/components/matches/filters";
import { OutboxNote, OutboxProvider } from "@/components/matches/outbox";
import { PassableSuggestion } from "@/components/matches/passable";
import { PassedList } from "@/components/matches/passed-list";
import { SuggestionCard } from "@/components/matches/suggestion-card";
import { Container } from "@/components/ui/container";
import { requireMember } from "@/server/auth/require-member";
import { filtersFromParams, noFilters } from "@/shared/matching/filters";
import { caller } from "@/trpc/server";

export const metadata: Metadata = { title: "Suggestions", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MatchesPage({ searchParams }: Props) {
  await requireMember("/matches");
  const filters = filtersFromParams(await searchParams);
  const api = await caller();
  const [result, me, passed] = await Promise.all([api.matching.suggestions(filters), api.account.me(), api.matching.passed()]);
  // Their local time is worked out here, at request time, so it is right when the page opens.
  const now = new Date();
  const filtered = !noFilters(filters);

  return (
    <Container width="page" className="py-8 sm:py-12">
      <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Your suggestions</h1>
      <p className="mt-2 max-w-2xl text-sm text-muted">
        People whose answers fit yours; nothing starts unless you both say yes. They see your display name, intro, focus areas, languages,
        local time and shared values. Never your email.
      </p>

      <OutboxProvider initial={result.outbox}>
        <OutboxNote />
        {result.status === "OK" || filtered ? <SuggestionFiltersForm filters={filters} /> : null}
        {result.status === "OK" ? (
          <ul className="mt-4 grid gap-3 lg:grid-cols-2">
            {result.suggestions.map((suggestion) => (
              <li key={suggestion.memberId}>
                <PassableSuggestion memberId={suggestion.memberId} name={suggestion.displayName}>
                  <SuggestionCard suggestion={suggestion} now={now} viewerZone={me.timezone} />
                </PassableSuggestion>
              </li>
            ))}
          </ul>
        ) : filtered && result.status === "NO_CANDIDATES" ? (
          <p role="status" className="mt-6">
            Nobody fits all of these filters this week. Try fewer filters, or clear them to see everyone.
          </p>
        ) : (
          <EmptyState status={result.status} />
        )}
      </OutboxProvider>
      <PassedList people={passed} />
    </Container>
  );
}
