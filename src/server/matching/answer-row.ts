import "server-only";
import { readExtras } from "@/server/onboarding/extras";
import type { AnswerProfile, MatchProfile } from "./scorer/scorer";

/**
 * A member's answers as SQL returns them (`answerColumns`): what the scorer reads, with their name
 * and zone. Shared by the SQL reads (candidates.ts) and the candidate index, which keeps them.
 */
export type AnswerRow = {
  memberId: string;
  displayName: string;
  timezone: string;
  languages: string[];
  focusAreas: MatchProfile["focusAreas"];
  seriousness: number;
  hoursPerWeek: number;
  checkInFrequency: MatchProfile["checkInFrequency"];
  intendedLength: MatchProfile["intendedLength"];
  reliability: number;
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
};

/** `AnswerRow`'s columns from profile `alias` and member `m`; enums as text, only the beliefs of extras. */
export const answerColumns = (alias: string) => `
  ${alias}."memberId", m."displayName", m.timezone, ${alias}.languages,
  ${alias}."focusAreas"::text[] AS "focusAreas", ${alias}.seriousness, ${alias}."hoursPerWeek",
  ${alias}."checkInFrequency"::text AS "checkInFrequency", ${alias}."intendedLength"::text AS "intendedLength",
  ${alias}.reliability, ${alias}.channels::text[] AS channels,
  ${alias}."personalValues"::text[] AS "personalValues", ${alias}."needsSobrietyFriendlyPartner", ${alias}."sobrietyFriendly",
  ${alias}."feedbackStyle", ${alias}."missedCheckInResponse"::text AS "missedCheckInResponse", ${alias}."disclosurePace",
  ${alias}."replyTime"::text AS "replyTime", ${alias}."relationshipStyle"::text AS "relationshipStyle",
  ${alias}."mustShareLanguage", jsonb_build_object('beliefs', ${alias}.extras -> 'beliefs') AS extras`;

const neutralBelief = 3;

export function toAnswerProfile(row: AnswerRow): AnswerProfile {
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

export function toMatchProfile(row: AnswerRow & { availabilitySlots: number[] }): MatchProfile {
  return { ...toAnswerProfile(row), availabilitySlots: row.availabilitySlots };
}
