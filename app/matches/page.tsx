import type { Metadata } from "next";
import { EmptyState } from "@/components/matches/empty-state";
import { OutboxNote, OutboxProvider } from "@/components/matches/outbox";
import { SuggestionCard } from "@/components/matches/suggestion-card";
import { Container } from "@/components/ui/container";
import { requireMember } from "@/server/auth/require-member";
import { caller } from "@/trpc/server";

export const metadata: Metadata = { title: "Suggestions", robots: { index: false } };

export default async function MatchesPage() {
  await requireMember("/matches");
  const api = await caller();
  const [result, me] = await Promise.all([api.matching.suggestions(), api.account.me()]);
  // Their local time is worked out here, at request time, so it is right when the page opens.
  const now = new Date();

  return (
    <Container width="page" className="py-12 sm:py-16">
      <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Your suggestions</h1>
      <div className="mt-3 max-w-2xl space-y-2 text-lg text-muted">
        <p>These are people whose answers fit yours. Nothing starts unless you both say yes.</p>
        <p className="text-base">
          People you&apos;re suggested to see your display name, intro, focus areas, languages, local time and the values you share.
          Never your email.
        </p>
      </div>

      <OutboxProvider initial={result.outbox}>
        <OutboxNote />
        {result.status === "OK" ? (
          <ul className="mt-8 space-y-6">
            {result.suggestions.map((suggestion) => (
              <li key={suggestion.memberId}>
                <SuggestionCard suggestion={suggestion} now={now} viewerZone={me.timezone} />
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState status={result.status} />
        )}
      </OutboxProvider>
    </Container>
  );
}
