/**
 * The compatibility scorer's input and output shapes. Pure types: option values come from the
 * questionnaire so the scorer can never drift from what members were asked.
 */
import type {
  BeliefId,
  channels,
  checkInFrequencies,
  focusAreas,
  intendedLengths,
  missedCheckInResponses,
  relationshipStyles,
  replyTimes,
  values,
} from "@/shared/onboarding/questionnaire";

type ValueOf<List extends readonly { value: string }[]> = List[number]["value"];

export type FocusArea = ValueOf<typeof focusAreas>;
export type PersonalValue = ValueOf<typeof values>;
export type CheckInFrequency = ValueOf<typeof checkInFrequencies>;
export type IntendedLength = ValueOf<typeof intendedLengths>;
export type Channel = ValueOf<typeof channels>;
export type MissedCheckInResponse = ValueOf<typeof missedCheckInResponses>;
export type ReplyTime = ValueOf<typeof replyTimes>;
export type RelationshipStyle = ValueOf<typeof relationshipStyles>;

/** One member's answers, as the scorer needs them (display name and zone from the member). */
export type MatchProfile = {
  memberId: string;
  displayName: string;
  timezone: string;
  languages: string[];
  focusAreas: FocusArea[];
  seriousness: number;
  hoursPerWeek: number;
  checkInFrequency: CheckInFrequency;
  intendedLength: IntendedLength;
  reliability: number;
  /** Local half-hour slots 0..335 (see src/shared/time/availability.ts). */
  availabilitySlots: number[];
  channels: Channel[];
  values: PersonalValue[];
  beliefs: Record<BeliefId, number>;
  needsSobrietyFriendlyPartner: boolean;
  sobrietyFriendly: boolean;
  feedbackStyle: number;
  missedCheckInResponse: MissedCheckInResponse;
  disclosurePace: number;
  replyTime: ReplyTime;
  relationshipStyle: RelationshipStyle;
  mustShareLanguage: boolean;
};

/** Everything the scorer reads when the week's UTC bits are given: all but the grid. */
export type AnswerProfile = Omit<MatchProfile, "availabilitySlots">;

/**
 * A member's UTC quarters for one week: 672 characters of '0'/'1', or the same as 21 32-bit words
 * (quarter i is bit i % 32 of word i / 32; see `parseWeekBits` and `weekBitsFromHex`).
 */
export type WeekBits = string | Uint32Array;

/** The week being scored; the SQL layer passes each member's stored UTC bits for speed. */
export type ScoreWeek = {
  /** Monday 00:00 UTC. */
  weekStart: Date;
  /** Member A's UTC quarters this week; derived from A's grid when absent. */
  bitsA?: WeekBits;
  bitsB?: WeekBits;
};

export type ExclusionReason = "SELF" | "SOBRIETY_REQUIREMENT" | "NO_SHARED_LANGUAGE" | "NO_OVERLAP";

export type FactorName = "commitment" | "schedule" | "values" | "communication";
export type Factors = Record<FactorName, number>;

export type LocalTime = { weekday: string; time: string };
/** From `from` (a local date, "2027-03-28"), the start kept at A's time is `b` for B. */
export type SlotChange = { from: string; b: LocalTime };
export type SuggestedSlot = {
  utcQuarter: number;
  a: LocalTime;
  b: LocalTime;
  /**
   * Present only when the time moves for B in the next few weeks (one zone changes its clocks
   * and the other doesn't): when, and to what, earliest first. Words: `slotChangeWords`.
   */
  laterForB?: SlotChange[];
};

export type MatchScore =
  | { excluded: ExclusionReason; version: number }
  | {
      excluded: null;
      version: number;
      /** 0–100: harmonic mean of the two directions. */
      total: number;
      /** Each 0–100: harmonic mean of the factor's two directions. */
      factors: Factors;
      /** aToB: how well B fits A's wishes (0–100); bToA the reverse. */
      directions: { aToB: number; bToA: number };
      /** 2–4 sentences to A about B, strongest first. */
      reasons: string[];
      /** 0–2 differences to agree on, most important first. */
      talkAbout: string[];
      overlapMinutes: number;
      /** 1–3 recurring check-in starts, in both members' local time. */
      suggestedSlots: SuggestedSlot[];
    };

export type IncludedScore = Extract<MatchScore, { excluded: null }>;
