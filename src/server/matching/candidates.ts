import "server-only";
import type { Db } from "@/server/db/client";
import { readExtras } from "@/server/onboarding/extras";
import type { MatchProfile } from "./scorer";

/** At most this many candidates leave SQL to be scored in TypeScript (PRODUCT.md decisions). */
export const candidateLimit = 500;

/** A profile row as the candidate query returns it, with the member's name, zone and week bits. */
type ProfileRow = {
  memberId: string;
  displayName: string;
  timezone: string;
  intro: string | null;
  pronouns: string | null;
  languages: string[];
  focusAreas: MatchProfile["focusAreas"];
  seriousness: number;
  hoursPerWeek: number;
  checkInFrequency: MatchProfile["checkInFrequency"];
  intendedLength: MatchProfile["intendedLength"];
  reliability: number;
  availabilitySlots: number[];
  channels: MatchProfile["channels"];
  personalValues: MatchProfile["values"];
  needsSobrietyFriendlyPartner: boolean;
  sobrietyFriendly: boolean;
  feedbackStyle: number;
  missedCheckInResponse: MatchProfile["missedCheckInResponse"];
  disclosurePace: number;
  replyTime: MatchProfile["replyTime"];
  relationshipStyle: MatchProfile["relationshipStyle"];
  mustShareLanguage: boolean;
  extras: unknown;
  bits: string;
};

export type Candidate = { profile: MatchProfile; bits: string; intro: string | null; pronouns: string | null; overlapQuarters: number };

const neutralBelief = 3;

export function toMatchProfile(row: ProfileRow): MatchProfile {
  const beliefs = readExtras(row.extras).beliefs;
  return {
    memberId: row.memberId,
    displayName: row.displayName,
    timezone: row.timezone,
    languages: row.languages,
    focusAreas: row.focusAreas,
    seriousness: row.seriousness,
    hoursPerWeek: row.hoursPerWeek,
    checkInFrequency: row.checkInFrequency,
    intendedLength: row.intendedLength,
    reliability: row.reliability,
    availabilitySlots: row.availabilitySlots,
    channels: row.channels,
    values: row.personalValues,
    beliefs: beliefs ?? {
      loneliness_signal: neutralBelief,
      setbacks_progress: neutralBelief,
      asking_for_help: neutralBelief,
      small_steps: neutralBelief,
      honesty_over_comfort: neutralBelief,
    },
    needsSobrietyFriendlyPartner: row.needsSobrietyFriendlyPartner,
    sobrietyFriendly: row.sobrietyFriendly,
    feedbackStyle: row.feedbackStyle,
    missedCheckInResponse: row.missedCheckInResponse,
    disclosurePace: row.disclosurePace,
    replyTime: row.replyTime,
    relationshipStyle: row.relationshipStyle,
    mustShareLanguage: row.mustShareLanguage,
  };
}

const columns = (alias: "p" | "c") => `
  ${alias}."memberId", m."displayName", m.timezone, ${alias}.intro, ${alias}.pronouns, ${alias}.languages,
  ${alias}."focusAreas"::text[] AS "focusAreas", ${alias}.seriousness, ${alias}."hoursPerWeek",
  ${alias}."checkInFrequency"::text AS "checkInFrequency", ${alias}."intendedLength"::text AS "intendedLength",
  ${alias}.reliability, ${alias}."availabilitySlots", ${alias}.channels::text[] AS channels,
  ${alias}."personalValues"::text[] AS "personalValues", ${alias}."needsSobrietyFriendlyPartner", ${alias}."sobrietyFriendly",
  ${alias}."feedbackStyle", ${alias}."missedCheckInResponse"::text AS "missedCheckInResponse", ${alias}."disclosurePace",
  ${alias}."replyTime"::text AS "replyTime", ${alias}."relationshipStyle"::text AS "relationshipStyle",
  ${alias}."mustShareLanguage", ${alias}.extras`;

/** The member's own matching profile and this week's bits, or null when not finished or no week stored. */
export async function loadSelf(db: Db, memberId: string, weekStart: string): Promise<{ profile: MatchProfile; bits: string } | null> {
  const rows = await db.$queryRawUnsafe<ProfileRow[]>(
    `SELECT ${columns("p")}, w.bits::text AS bits
     FROM profile p JOIN member m ON m.id = p."memberId"
     JOIN availability_week w ON w."memberId" = p."memberId" AND w."weekStart" = $2::date
     WHERE p."memberId" = $1 AND p."completedAt" IS NOT NULL`,
    memberId,
    weekStart,
  );
  const row = rows[0];
  return row ? { profile: toMatchProfile(row), bits: row.bits } : null;
}

/** $1 member id, $2 week start (YYYY-MM-DD), $3 limit. Exported so the benchmark can EXPLAIN it. */
export const candidateQuery = `WITH me AS (
       SELECT p."memberId", p.languages, p."mustShareLanguage", p."needsSobrietyFriendlyPartner", p."sobrietyFriendly", w.bits
       FROM profile p JOIN availability_week w ON w."memberId" = p."memberId" AND w."weekStart" = $2::date
       WHERE p."memberId" = $1
     ),
     ranked AS (
       -- Narrow rows while filtering and ranking; the wide columns are read for the winners only.
       SELECT c."memberId", bit_count(cw.bits & me.bits)::int AS overlap
       FROM me
       JOIN profile c ON c."openToMatching" AND c."completedAt" IS NOT NULL AND c."memberId" <> me."memberId"
       JOIN member m ON m.id = c."memberId" AND m.status = 'ACTIVE' AND m."emailVerifiedAt" IS NOT NULL
       JOIN availability_week cw ON cw."memberId" = c."memberId" AND cw."weekStart" = $2::date
       WHERE bit_count(cw.bits & me.bits) > 0
         AND NOT (me."needsSobrietyFriendlyPartner" AND NOT coalesce(c."sobrietyFriendly", false))
         AND NOT (coalesce(c."needsSobrietyFriendlyPartner", false) AND NOT coalesce(me."sobrietyFriendly", false))
         AND (NOT (me."mustShareLanguage" OR c."mustShareLanguage") OR c.languages && me.languages)
       ORDER BY overlap DESC, c."memberId"
       LIMIT $3
     )
     SELECT ${columns("c")}, cw.bits::text AS bits, r.overlap
     FROM ranked r
     JOIN profile c ON c."memberId" = r."memberId"
     JOIN member m ON m.id = c."memberId"
     JOIN availability_week cw ON cw."memberId" = c."memberId" AND cw."weekStart" = $2::date
     ORDER BY r.overlap DESC, c."memberId"`;

/**
 * Candidate generation in PostgreSQL: every hard filter that can be checked in SQL (open to
 * matching, finished, verified, active, not self, sobriety both ways, language dealbreakers,
 * any availability overlap this week), pre-ranked by overlap and cut to `candidateLimit`.
 * The (openToMatching, completedAt) index keeps the scan to the open pool; see the benchmark.
 */
export async function findCandidates(db: Db, memberId: string, weekStart: string, limit = candidateLimit): Promise<Candidate[]> {
  const rows = await db.$queryRawUnsafe<(ProfileRow & { overlap: number })[]>(
    candidateQuery,
    memberId,
    weekStart,
    limit,
  );
  return rows.map((row) => ({ profile: toMatchProfile(row), bits: row.bits, intro: row.intro, pronouns: row.pronouns, overlapQuarters: row.overlap }));
}
