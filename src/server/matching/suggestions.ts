import "server-only";
import type { SlotChange } from "@/server/matching/scorer/types";
import type { Db } from "@/server/db/client";
import { weekStartUtc } from "@/shared/time/availability";
import { capacityStatuses } from "@/server/partnerships/rules";
import { type Candidate, candidateLimit, candidateQueryParams, loadSelf, rankedCandidates } from "./candidates";
import { ranksFirst } from "@/shared/endings/rules";
import { exposurePenalty } from "./exposure";
import type { LiveCandidateIndex } from "./pool-index/live-index";
import { maxPendingOutgoing } from "@/shared/matching/limits";
import { parseWeekBits } from "./scorer/overlap";
import { type MatchProfile, type MatchRank, presentMatch, rankMatch } from "./scorer/scorer";
import { passesFilters } from "@/shared/matching/filters";
import type { SuggestionFilters } from "@/shared/matching/schemas";

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
  checkInFrequency: MatchProfile["checkInFrequency"];
  sobrietyFriendly: boolean;
  reasons: string[];
  talkAbout: string[];
  /** `laterForB`: when their time moves with a clock change in the coming weeks ("13:00 for them from 28 March"). */
  suggestedSlots: { a: { weekday: string; time: string }; b: { weekday: string; time: string }; laterForB?: SlotChange[] }[];
};

/** How many of the member's requests are waiting for an answer, against the limit. */
export type Outbox = { pending: number; max: number };

export type SuggestionsResult =
  | { status: "QUESTIONNAIRE_UNFINISHED" | "NOT_OPEN" | "AT_CAPACITY" | "NO_CANDIDATES"; suggestions: []; scored: number; outbox: Outbox }
  | { status: "OK"; suggestions: Suggestion[]; scored: number; outbox: Outbox };

/**
 * The member's profile state (nulls without a profile), their unexpired pending requests out, and
 * their partnerships that take capacity. $1 member id, $2 now, $3 the capacity statuses.
 */
const memberStateQuery = `SELECT p."completedAt" IS NOT NULL AS completed, p."openToMatching", p."partnershipCapacity",
    (SELECT count(*)::int FROM match_request r
     WHERE r."senderId" = $1 AND r.status = 'PENDING' AND r."expiresAt" > $2::timestamptz) AS "pendingOut",
    (SELECT count(*)::int FROM partnership_member pm
     WHERE pm."memberId" = $1 AND pm.status = ANY ($3::text[]::"PartnershipStatus"[])) AS "openPartnerships"
  FROM (SELECT 1) AS one LEFT JOIN profile p ON p."memberId" = $1`;
type MemberState = { completed: boolean; openToMatching: boolean | null; partnershipCapacity: number | null; pendingOut: number; openPartnerships: number };

/** The shown members' own words: read for those 20 only, not for every candidate scored. */
async function introductionsOf(db: Db, memberIds: string[]): Promise<Map<string, { intro: string | null; pronouns: string | null }>> {
  if (!memberIds.length) return new Map();
  const rows = await db.$queryRawUnsafe<{ memberId: string; intro: string | null; pronouns: string | null }[]>(
    `SELECT "memberId", intro, pronouns FROM profile WHERE "memberId" = ANY ($1::text[])`,
    memberIds,
  );
  return new Map(rows.map(({ memberId, ...introduction }) => [memberId, introduction]));
}

/**
 * Candidates from SQL (≤ 500), ranked here, best 20 first; only those 20 get reasons, "talk about"
 * items and slots. Never includes anyone's email. The order spreads exposure: a candidate with
 * many pending or recent requests ranks lower than the same fit without them, but the score shown
 * is the real one. `filters` (rhythm, language, sobriety-friendly) narrow the candidates before the
 * cut to 20, so a filtered list is the best 20 of those who pass, not a subset of the unfiltered 20.
 * With the candidate `index` (the router passes the process's), the pool is ranked in memory and
 * SQL only re-checks the 500 winners and counts their requests (their answers are in the index;
 * `rankedCandidates`). Only the 20 shown have their intro and pronouns read.
 */
export async function suggestionsFor(
  db: Db,
  memberId: string,
  now = new Date(),
  filters: SuggestionFilters = {},
  index: LiveCandidateIndex | null = null,
): Promise<SuggestionsResult> {
  const week = weekStartUtc(now);
  const weekStart = week.toISOString().slice(0, 10);
  // One round of reads: the member's state, their own answers and week, candidate step 1 and the
  // candidate index catching up (all independent; the last three are wasted only when the member
  // cannot get suggestions).
  const [[state], self, step2, synced] = await Promise.all([
    db.$queryRawUnsafe<MemberState[]>(memberStateQuery, memberId, now.toISOString(), [...capacityStatuses]),
    loadSelf(db, memberId, weekStart),
    candidateQueryParams(db, memberId, weekStart, candidateLimit, now),
    index ? index.catchUp() : false,
  ]);
  const { completed, openToMatching, partnershipCapacity, pendingOut, openPartnerships } = state!;
  const outbox = { pending: pendingOut, max: maxPendingOutgoing };
  const none = (status: "QUESTIONNAIRE_UNFINISHED" | "NOT_OPEN" | "AT_CAPACITY" | "NO_CANDIDATES", scored = 0): SuggestionsResult => ({
    status,
    suggestions: [],
    scored,
    outbox,
  });
  if (!completed) return none("QUESTIONNAIRE_UNFINISHED");
  if (!openToMatching) return none("NOT_OPEN");
  if (openPartnerships >= partnershipCapacity!) return none("AT_CAPACITY");
  if (!self) return none("NO_CANDIDATES");

  const candidates = step2 ? await rankedCandidates(db, step2, synced ? index : null) : [];
  const bitsA = parseWeekBits(self.bits);
  // Rank all candidates on total and exposure; words and slots only for the ones shown.
  const ranked: { candidate: Candidate; score: MatchRank; first: boolean; rank: number }[] = [];
  for (const candidate of candidates) {
    if (!passesFilters(candidate.profile, filters)) continue;
    const score = rankMatch(self.profile, candidate.profile, { weekStart: week, bitsA, bitsB: candidate.bits });
    if (score.excluded !== null) continue;
    const first = ranksFirst({ rematchPriority: candidate.rematchPriority, total: score.total });
    ranked.push({ candidate, score, first, rank: score.total - exposurePenalty(candidate.pendingIncoming, candidate.recentReceived) });
  }
  // A member whose partner chose to end lately comes first (PRODUCT.md §9), but only among
  // candidates that passed every hard filter and only at a fair fit or better (`priorityFloor`);
  // among themselves, and among everyone else, the usual order holds. The score shown is the real one.
  ranked.sort((x, y) => Number(y.first) - Number(x.first) || y.rank - x.rank || x.candidate.profile.memberId.localeCompare(y.candidate.profile.memberId));
  const shownRanks = ranked.slice(0, suggestionCount);
  const introductions = await introductionsOf(db, shownRanks.map(({ candidate }) => candidate.profile.memberId));
  const suggestions = shownRanks.map(({ candidate, score }): Suggestion => {
    const theirs = candidate.profile;
    const introduction = introductions.get(theirs.memberId);
    const shown = presentMatch(self.profile, theirs, { weekStart: week, bitsA, bitsB: candidate.bits }, score);
    return {
      memberId: theirs.memberId,
      displayName: theirs.displayName,
      pronouns: introduction?.pronouns ?? null,
      intro: introduction?.intro ?? null,
      timezone: theirs.timezone,
      focusAreas: theirs.focusAreas,
      languages: theirs.languages,
      sharedValues: theirs.values.filter((value) => self.profile.values.includes(value)),
      total: shown.total,
      factors: shown.factors,
      checkInFrequency: theirs.checkInFrequency,
      sobrietyFriendly: theirs.sobrietyFriendly,
      reasons: shown.reasons,
      talkAbout: shown.talkAbout,
      suggestedSlots: shown.suggestedSlots.map(({ a, b, laterForB }) => ({ a, b, ...(laterForB ? { laterForB } : {}) })),
    };
  });
  return suggestions.length ? { status: "OK", suggestions, scored: candidates.length, outbox } : none("NO_CANDIDATES", candidates.length);
}
