import "server-only";
import type { Db } from "@/server/db/client";
import { weekStartUtc } from "@/server/onboarding/availability";
import { capacityStatuses } from "@/server/partnerships/rules";
import { findCandidates, loadSelf } from "./candidates";
import { exposurePenalty } from "./exposure";
import { maxPendingOutgoing } from "./limits";
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

/** How many of the member's requests are waiting for an answer, against the limit. */
export type Outbox = { pending: number; max: number };

export type SuggestionsResult =
  | { status: "QUESTIONNAIRE_UNFINISHED" | "NOT_OPEN" | "AT_CAPACITY" | "NO_CANDIDATES"; suggestions: []; scored: number; outbox: Outbox }
  | { status: "OK"; suggestions: Suggestion[]; scored: number; outbox: Outbox };

/**
 * Candidates from SQL (≤ 500), scored here, best 20 first. Never includes anyone's email. The order
 * spreads exposure: a candidate with many pending or recent requests ranks lower than the same fit
 * without them, but the score shown is the real one.
 */
export async function suggestionsFor(db: Db, memberId: string, now = new Date()): Promise<SuggestionsResult> {
  const week = weekStartUtc(now);
  const weekStart = week.toISOString().slice(0, 10);
  const [profile, pendingOut, openPartnerships] = await Promise.all([
    db.profile.findUnique({ where: { memberId }, select: { completedAt: true, openToMatching: true, partnershipCapacity: true } }),
    db.matchRequest.count({ where: { senderId: memberId, status: "PENDING", expiresAt: { gt: now } } }),
    db.partnershipMember.count({ where: { memberId, status: { in: [...capacityStatuses] } } }),
  ]);
  const outbox = { pending: pendingOut, max: maxPendingOutgoing };
  const none = (status: "QUESTIONNAIRE_UNFINISHED" | "NOT_OPEN" | "AT_CAPACITY" | "NO_CANDIDATES", scored = 0): SuggestionsResult => ({
    status,
    suggestions: [],
    scored,
    outbox,
  });
  if (!profile?.completedAt) return none("QUESTIONNAIRE_UNFINISHED");
  if (!profile.openToMatching) return none("NOT_OPEN");
  if (openPartnerships >= profile.partnershipCapacity) return none("AT_CAPACITY");
  const self = await loadSelf(db, memberId, weekStart);
  if (!self) return none("NO_CANDIDATES");

  const candidates = await findCandidates(db, memberId, weekStart, undefined, now);
  const scored: (Suggestion & { rank: number })[] = [];
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
      rank: score.total - exposurePenalty(candidate.pendingIncoming, candidate.recentReceived),
    });
  }
  scored.sort((x, y) => y.rank - x.rank || x.memberId.localeCompare(y.memberId));
  const suggestions = scored.slice(0, suggestionCount).map(({ rank: _rank, ...suggestion }) => suggestion);
  return suggestions.length ? { status: "OK", suggestions, scored: candidates.length, outbox } : none("NO_CANDIDATES", candidates.length);
}
