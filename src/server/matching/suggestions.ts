import "server-only";
import type { Db } from "@/server/db/client";
import { weekStartUtc } from "@/server/onboarding/availability";
import { findCandidates, loadSelf } from "./candidates";
import { scoreMatch, type MatchProfile } from "./scorer";

export const suggestionCount = 20;

export type Suggestion = {
  memberId: string;
  displayName: string;
  pronouns: string | null;
  intro: string | null;
  timezone: string;
  focusAreas: MatchProfile["focusAreas"];
  languages: string[];
  sharedValues: MatchProfile["values"];
  total: number;
  factors: { commitment: number; schedule: number; values: number; communication: number };
  reasons: string[];
  talkAbout: string[];
  suggestedSlots: { a: { weekday: string; time: string }; b: { weekday: string; time: string } }[];
};

export type SuggestionsResult =
  | { status: "QUESTIONNAIRE_UNFINISHED" | "NOT_OPEN" | "NO_CANDIDATES"; suggestions: []; scored: number }
  | { status: "OK"; suggestions: Suggestion[]; scored: number };

/** Candidates from SQL (≤ 500), scored here, best 20 first. Never includes anyone's email. */
export async function suggestionsFor(db: Db, memberId: string, now = new Date()): Promise<SuggestionsResult> {
  const week = weekStartUtc(now);
  const weekStart = week.toISOString().slice(0, 10);
  const profile = await db.profile.findUnique({ where: { memberId }, select: { completedAt: true, openToMatching: true } });
  if (!profile?.completedAt) return { status: "QUESTIONNAIRE_UNFINISHED", suggestions: [], scored: 0 };
  if (!profile.openToMatching) return { status: "NOT_OPEN", suggestions: [], scored: 0 };
  const self = await loadSelf(db, memberId, weekStart);
  if (!self) return { status: "NO_CANDIDATES", suggestions: [], scored: 0 };

  const candidates = await findCandidates(db, memberId, weekStart);
  const scored: Suggestion[] = [];
  for (const candidate of candidates) {
    const score = scoreMatch(self.profile, candidate.profile, { weekStart: week, bitsA: self.bits, bitsB: candidate.bits });
    if (score.excluded !== null) continue;
    const theirs = candidate.profile;
    scored.push({
      memberId: theirs.memberId,
      displayName: theirs.displayName,
      pronouns: candidate.pronouns,
      intro: candidate.intro,
      timezone: theirs.timezone,
      focusAreas: theirs.focusAreas,
      languages: theirs.languages,
      sharedValues: theirs.values.filter((value) => self.profile.values.includes(value)),
      total: score.total,
      factors: score.factors,
      reasons: score.reasons,
      talkAbout: score.talkAbout,
      suggestedSlots: score.suggestedSlots.map(({ a, b }) => ({ a, b })),
    });
  }
  scored.sort((x, y) => y.total - x.total || x.memberId.localeCompare(y.memberId));
  const suggestions = scored.slice(0, suggestionCount);
  return suggestions.length ? { status: "OK", suggestions, scored: candidates.length } : { status: "NO_CANDIDATES", suggestions: [], scored: candidates.length };
}
