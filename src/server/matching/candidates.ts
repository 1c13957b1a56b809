import "server-only";
import type { Db } from "@/server/db/client";
import { listedSql, pairBarriersSql } from "@/server/partnerships/eligibility";
import { declineHiddenDays, exposureWindowDays, maxPendingIncoming, passHiddenDays } from "@/shared/matching/limits";
import type { LiveCandidateIndex } from "./pool-index/live-index";
import type { RankQuery } from "./pool-index/rank";
import { weekDay } from "./pool-index/rows";
import { parseWeekBits, weekBitsFromHex } from "./scorer/overlap";
import type { AnswerProfile, MatchProfile } from "./scorer/scorer";
import { type AnswerRow, answerColumns, toAnswerProfile, toMatchProfile } from "./answer-row";

/** At most this many candidates leave SQL to be scored in TypeScript (PRODUCT.md decisions). */
export const candidateLimit = 500;

export type Candidate = {
  /** The candidate's answers (their grid stays in SQL: `bits` is the week they are scored on). */
  profile: AnswerProfile;
  /** This week's UTC quarters as words (see `weekBitsFromHex`). */
  bits: Uint32Array;
  overlapQuarters: number;
  /** The candidate's unanswered, unexpired incoming requests (exposure spreading). */
  pendingIncoming: number;
  /** Requests the candidate received, any status, within `exposureWindowDays` before now. */
  recentReceived: number;
  /** Their partner chose to end their partnership lately: they are shown first while it lasts (PRODUCT.md §9). */
  rematchPriority: boolean;
};

/** The member's own matching profile and this week's bits, or null when not finished or no week stored. */
export async function loadSelf(db: Pick<Db, "$queryRawUnsafe">, memberId: string, weekStart: string): Promise<{ profile: MatchProfile; bits: string } | null> {
  const rows = await db.$queryRawUnsafe<(AnswerRow & { availabilitySlots: number[]; bits: string })[]>(
    `SELECT ${answerColumns("p")}, p."availabilitySlots", w.bits::text AS bits
     FROM profile p JOIN member m ON m.id = p."memberId"
     JOIN availability_week w ON w."memberId" = p."memberId" AND w."weekStart" = $2::date
     WHERE p."memberId" = $1 AND p."completedAt" IS NOT NULL`,
    memberId,
    weekStart,
  );
  const row = rows[0];
  return row ? { profile: toMatchProfile(row), bits: row.bits } : null;
}

/** A pool row's bits and week start for the week in parameter `param`: each week uses its parity's slot. */
const slotBits = (alias: string, param: string) => `CASE WHEN matching_week_slot(${param}::date) = 0 THEN ${alias}."evenBits" ELSE ${alias}."oddBits" END`;
const slotWeek = (alias: string, param: string) => `CASE WHEN matching_week_slot(${param}::date) = 0 THEN ${alias}."evenWeek" ELSE ${alias}."oddWeek" END`;

/**
 * Step 1: the member's own pool row for the week, the members they must not meet, and the members
 * whose inbox is full. $1 member id, $2 week start, $3 now, $4 the pending-incoming limit, $5 the
 * days a decline hides a pair, $6 the days a pass hides someone from the member who passed. No row when the member has no availability stored for the week.
 */
export const selfQuery = `SELECT (${slotBits("s", "$2")})::text AS bits, s.languages, s."mustShareLanguage",
         s."needsSobrietyFriendlyPartner", s."sobrietyFriendly",
         ARRAY(
           -- The member, and everyone they may not meet (partnerships/eligibility.ts).
           SELECT $1::text
           UNION ALL
           SELECT x."memberId" FROM (${pairBarriersSql("$1", "$3", "$5")}) x
           UNION ALL
           -- Those the member passed on ("Not for me") within $6 days: hidden from them only.
           SELECT pm."passedId" FROM passed_member pm
           WHERE pm."memberId" = $1 AND pm."createdAt" > $3::timestamptz - make_interval(days => $6::int)
         ) AS excluded,
         ARRAY(
           -- The pool counts PENDING requests, due or not: only members at or over the limit
           -- are recounted without the ones whose time ran out (the index finds them).
           SELECT f."memberId" FROM matching_pool f
           WHERE f."pendingIncoming" >= $4::int
             AND (SELECT count(*) FROM match_request q
                  WHERE q."recipientId" = f."memberId" AND q.status = 'PENDING' AND q."expiresAt" > $3::timestamptz) >= $4::int
         ) AS "fullInbox"
  FROM matching_pool s
  WHERE s."memberId" = $1 AND ${slotWeek("s", "$2")} = $2::date`;

type SelfRow = {
  bits: string;
  languages: string[];
  mustShareLanguage: boolean;
  needsSobrietyFriendlyPartner: boolean;
  sobrietyFriendly: boolean;
  excluded: string[];
  fullInbox: string[];
};

/**
 * What step 2 returns per candidate, in this order: one JSON array each, all in one JSON text, so
 * 500 rows cost one `JSON.parse` instead of a driver and Prisma conversion per value. Over the
 * candidate index's winners only `countFields` (the index holds their answers and week); over the
 * whole pool `answerFields` follow (a profile's enums as JSON strings, its week as hex:
 * `weekBitsFromHex`; the grid is left out).
 */
const countFields = [
  ["memberId", `r."memberId"`],
  ["overlap", "r.overlap"],
  ["pendingIncoming", "pending.n"],
  ["recentReceived", "recent.n"],
  ["rematchPriority", "r.priority"],
] as const;
const answerFields = [
  ["bits", `encode(substring(varbit_send(${slotBits("cp", "$1")}) from 5), 'hex')`],
  ["displayName", `m."displayName"`],
  ["timezone", "m.timezone"],
  ["languages", "c.languages"],
  ["focusAreas", `c."focusAreas"`],
  ["seriousness", "c.seriousness"],
  ["hoursPerWeek", `c."hoursPerWeek"`],
  ["checkInFrequency", `c."checkInFrequency"`],
  ["intendedLength", `c."intendedLength"`],
  ["reliability", "c.reliability"],
  ["channels", "c.channels"],
  ["personalValues", `c."personalValues"`],
  ["needsSobrietyFriendlyPartner", `c."needsSobrietyFriendlyPartner"`],
  ["sobrietyFriendly", `c."sobrietyFriendly"`],
  ["feedbackStyle", `c."feedbackStyle"`],
  ["missedCheckInResponse", `c."missedCheckInResponse"`],
  ["disclosurePace", `c."disclosurePace"`],
  ["replyTime", `c."replyTime"`],
  ["relationshipStyle", `c."relationshipStyle"`],
  ["mustShareLanguage", `c."mustShareLanguage"`],
  // Only the part scoring reads (`sqlRow` puts it back under its key): building a JSON object per row costs more.
  ["extras", `c.extras -> 'beliefs'`],
] as const;

/**
 * Step 2: rank the pool and read the winners' counts and, over the whole pool, their answers
 * (best first, as one JSON text). Everything about the member arrives as a constant, so the planner folds the slot choice
 * to one column and drops the dealbreaker checks that cannot apply. $1 week start, $2 limit, $3 the member's bits, $4 their languages, $5 their
 * "must share a language", $6 their "needs sobriety-friendly", $7 their "sobriety-friendly",
 * $8 excluded ids, $9 full inboxes, $10 the pending-incoming limit, $11 now, $12 the exposure
 * window in days. A candidate with no overlap sorts after every one with some, so those rows are
 * dropped after the cut instead of computing the overlap twice per row. A candidate whose partner
 * ended their partnership lately (`rematchPriorityUntil` after now) is pre-ranked ahead of the
 * rest, so the cut to `candidateLimit` never drops them; the final order is suggestions.ts's.
 */
const candidateSql = (among: boolean) => `WITH ranked AS (
       SELECT c."memberId", c."pendingIncoming" AS "pendingCounted", bit_count(${slotBits("c", "$1")} & $3::bit(672))::int AS overlap,
              coalesce(c."rematchPriorityUntil" > $11::timestamptz, false) AS priority
       FROM matching_pool c
       WHERE ${listedSql("c")} AND ${slotWeek("c", "$1")} = $1::date
         AND c."openPartnerships" < c."partnershipCapacity"
         AND NOT ($6::boolean AND NOT c."sobrietyFriendly")
         AND NOT (c."needsSobrietyFriendlyPartner" AND NOT $7::boolean)
         AND (NOT ($5::boolean OR c."mustShareLanguage") OR c.languages && $4::text[])
         AND (c."pendingIncoming" < $10::int OR c."memberId" <> ALL ($9::text[]))
         AND c."memberId" <> ALL ($8::text[])${among ? `
         AND c."memberId" = ANY ($13::text[])` : ""}
       ORDER BY priority DESC, overlap DESC, c."memberId"
       LIMIT $2
     )
     SELECT json_agg(json_build_array(${[...countFields, ...(among ? [] : answerFields)].map(([, sql]) => sql).join(", ")}) ORDER BY r.priority DESC, r.overlap DESC, r."memberId")::text AS rows
     FROM ranked r${among ? "" : `
     JOIN profile c ON c."memberId" = r."memberId"
     JOIN member m ON m.id = c."memberId"
     JOIN matching_pool cp ON cp."memberId" = r."memberId"`}
     CROSS JOIN LATERAL (
       SELECT CASE WHEN r."pendingCounted" = 0 THEN 0 ELSE (
         SELECT count(*)::int FROM match_request q
         WHERE q."recipientId" = r."memberId" AND q.status = 'PENDING' AND q."expiresAt" > $11::timestamptz) END AS n
     ) pending
     CROSS JOIN LATERAL (
       SELECT count(*)::int AS n FROM match_request q
       WHERE q."recipientId" = r."memberId"
         AND q."createdAt" > $11::timestamptz - make_interval(days => $12::int) AND q."createdAt" <= $11::timestamptz
     ) recent
     WHERE r.overlap > 0`;

/** Step 2 over the whole pool: the path without the candidate index. */
export const candidateQuery = candidateSql(false);

/**
 * Step 2 over the candidate index's winners only ($13, their ids): every hard filter is checked
 * again on their current rows and the overlap is recomputed, so a stale index never shows someone
 * it must not; the pool is read through its primary key instead of scanned. Only counts come back:
 * scoring takes the winners' answers and bits from the index (`rankedCandidates`).
 */
export const candidateQueryAmong = candidateSql(true);

/** Step 2's SQL parameters, and the same inputs for the candidate index. */
export type Step2 = { values: unknown[]; ranking: RankQuery };

/**
 * Runs step 1 and returns step 2's parameters, or null when the member has no availability this
 * week (then nobody overlaps). Exported so the benchmark can EXPLAIN exactly what runs.
 */
export async function candidateQueryParams(db: Db, memberId: string, weekStart: string, limit: number, now: Date): Promise<Step2 | null> {
  const at = now.toISOString();
  const [self] = await db.$queryRawUnsafe<SelfRow[]>(selfQuery, memberId, weekStart, at, maxPendingIncoming, declineHiddenDays, passHiddenDays);
  if (!self) return null;
  return {
    values: [
      weekStart,
      limit,
      self.bits,
      self.languages,
      self.mustShareLanguage,
      self.needsSobrietyFriendlyPartner,
      self.sobrietyFriendly,
      self.excluded,
      self.fullInbox,
      maxPendingIncoming,
      at,
      exposureWindowDays,
    ],
    ranking: {
      week: weekDay(weekStart),
      bits: parseWeekBits(self.bits),
      languages: self.languages,
      mustShareLanguage: self.mustShareLanguage,
      needsSobrietyFriendlyPartner: self.needsSobrietyFriendlyPartner,
      sobrietyFriendly: self.sobrietyFriendly,
      excluded: new Set(self.excluded),
      fullInbox: new Set(self.fullInbox),
      maxPendingIncoming,
      nowMs: now.getTime(),
      limit,
    },
  };
}

/**
 * Candidate generation: every hard filter that can be checked in SQL, pre-ranked by overlap and
 * cut to `candidateLimit`. A candidate is open to matching with a finished
 * questionnaire, active and verified, not the member, passes sobriety and language dealbreakers
 * both ways, overlaps this week, has room for another partnership and fewer than
 * `maxPendingIncoming` unexpired pending requests, and is not paired with the member by a block,
 * a pending request, a decline within `declineHiddenDays`, the member's own pass within `passHiddenDays`, an open partnership or one that ended
 * with "don't suggest us again". Each row carries the candidate's pending and recently received
 * request counts for exposure spreading. `now` decides what is pending, recent and hidden.
 *
 * It reads `matching_pool` (one narrow row per profile, kept in step by triggers: README
 * "Performance") in two statements: the member's own row and exclusions, then the ranking. With a
 * candidate `index` that has caught up, the ranking runs in the index and step 2 reads and
 * re-checks only its winners; otherwise step 2 ranks the whole pool in SQL.
 */
export async function findCandidates(
  db: Db,
  memberId: string,
  weekStart: string,
  limit = candidateLimit,
  now: Date = new Date(),
  index: LiveCandidateIndex | null = null,
): Promise<Candidate[]> {
  const [step2, synced] = await Promise.all([candidateQueryParams(db, memberId, weekStart, limit, now), index ? index.catchUp() : false]);
  if (!step2) return [];
  return rankedCandidates(db, step2, synced ? index : null);
}

/** Step 2 with parameters from `candidateQueryParams`, through `index` when given and ready. */
export async function rankedCandidates(db: Db, step2: Step2, index: LiveCandidateIndex | null = null): Promise<Candidate[]> {
  const winners = index?.rank(step2.ranking);
  if (!winners) {
    const [result] = await db.$queryRawUnsafe<{ rows: string | null }[]>(candidateQuery, ...step2.values);
    return parseRows(result?.rows).map((values) => {
      const { counts, answers, bits } = sqlRow(values);
      return { ...counts, profile: toAnswerProfile(answers), bits: weekBitsFromHex(bits) };
    });
  }
  // What the index ranked on, taken now (it may apply changes while step 2 runs). It differs from
  // the current rows only when a change lands in between: scored as if it had landed a moment later.
  const held = index!.held(winners.map((w) => w.memberId), step2.ranking.week);
  const [result] = await db.$queryRawUnsafe<{ rows: string | null }[]>(candidateQueryAmong, ...step2.values, winners.map((w) => w.memberId));
  return parseRows(result?.rows).map((values) => {
    const { memberId, counts } = countsOf(values);
    const found = held.get(memberId);
    // Step 2 re-checked the week, and the index ranked them on it: it holds their answers and bits.
    if (!found) throw new Error("The candidate index holds no answers or week for a winner it ranked.");
    return { ...counts, profile: found.answers, bits: found.bits };
  });
}

const parseRows = (rows: string | null | undefined): unknown[][] => (rows ? (JSON.parse(rows) as unknown[][]) : []);

/** A `countFields` array: the member and their counts. */
function countsOf(v: unknown[]): { memberId: string; counts: Omit<Candidate, "profile" | "bits"> } {
  const [memberId, overlapQuarters, pendingIncoming, recentReceived, rematchPriority] = v as [string, number, number, number, boolean];
  return { memberId, counts: { overlapQuarters, pendingIncoming, recentReceived, rematchPriority: rematchPriority === true } };
}

/** A whole-pool step 2 array (`countFields`, then `answerFields`) as counts, answers and hex week. */
function sqlRow(v: unknown[]): { counts: Omit<Candidate, "profile" | "bits">; answers: AnswerRow; bits: string } {
  const answers = { memberId: v[0] } as Record<string, unknown>;
  answerFields.forEach(([name], i) => (answers[name] = v[countFields.length + i]));
  answers.extras = { beliefs: answers.extras };
  return { counts: countsOf(v).counts, answers: answers as AnswerRow, bits: answers.bits as string };
}
