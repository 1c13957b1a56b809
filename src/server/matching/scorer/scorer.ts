/**
 * The compatibility scorer (PRODUCT.md §3): a pure, deterministic, versioned function of two
 * members' answers and the week being scored. Hard exclusions come first; then each factor is
 * scored in both directions (how well B fits A's wishes, and A fits B's) and the directions are
 * combined with a harmonic mean, so a one-sided fit cannot score high.
 * Weights and thresholds: ./weights.ts.
 */
import { utcWeekBits, weekStartUtc } from "@/shared/time/availability";
import { canSustain, commitmentFit, commitmentGapMultiplier } from "./commitment";
import { communicationFit } from "./communication";
import { describeLocalMinute, localMinutesOfWeek } from "./local-time";
import { overlapByLocalDay, overlapMinutes, overlapOf } from "./overlap";
import { buildReasons } from "./reasons";
import { scheduleFit } from "./schedule";
import { slotChanges } from "./slot-changes";
import { suggestSlots } from "./slots";
import { talkAbout } from "./talk";
import type { AnswerProfile, ExclusionReason, FactorName, Factors, IncludedScore, MatchProfile, MatchScore, ScoreWeek, SuggestedSlot, WeekBits } from "./types";
import { valuesFit } from "./values";
import { commitmentWeights, factorWeights } from "./weights";

export type { AnswerProfile, ExclusionReason, MatchProfile, MatchScore, ScoreWeek, SlotChange, SuggestedSlot, WeekBits } from "./types";

/**
 * Bump whenever scores or reasons would change for the same answers (weights included).
 * 1: the first scorer (issue 3).
 * 2: a large gap in seriousness or hours scales both directions and is named in "talk about";
 *    a suggested slot says when it moves for B in the weeks ahead (issue 17).
 */
export const scorerVersion = 2;

const QUARTER_MS = 15 * 60_000;
const factorNames: readonly FactorName[] = ["commitment", "schedule", "values", "communication"];

/** 2xy / (x + y): low when either side is low; symmetric bit for bit. */
export function harmonicMean(x: number, y: number): number {
  return x + y <= 0 ? 0 : (2 * x * y) / (x + y);
}

/** The answer-based hard filters, checked in both directions (schedule overlap is separate). */
export function answerExclusion(a: AnswerProfile, b: AnswerProfile): ExclusionReason | null {
  if (a.memberId === b.memberId) return "SELF";
  if ((a.needsSobrietyFriendlyPartner && !b.sobrietyFriendly) || (b.needsSobrietyFriendlyPartner && !a.sobrietyFriendly)) return "SOBRIETY_REQUIREMENT";
  if ((a.mustShareLanguage || b.mustShareLanguage) && !a.languages.some((language) => b.languages.includes(language))) return "NO_SHARED_LANGUAGE";
  return null;
}

/** What ranking needs: the total and factors, without reasons, "talk about" items or slots. */
export type MatchRank = {
  excluded: null;
  version: number;
  total: number;
  factors: Factors;
  directions: { aToB: number; bToA: number };
  overlapMinutes: number;
  /** Schedule fit for the pair, 0..1 (the reasons use it). */
  schedule: number;
};

/** The week with both members' bits at hand. */
export type RankWeek = { weekStart: Date; bitsA: WeekBits; bitsB: WeekBits };

function checkWeekStart(weekStart: Date): void {
  if (!(weekStart instanceof Date) || weekStartUtc(weekStart).getTime() !== weekStart.getTime()) {
    throw new RangeError("scoreMatch: weekStart must be a Monday 00:00:00.000 UTC");
  }
}

/**
 * The cheap part of `scoreMatch`: exclusions, factors and total (the same numbers), for ranking
 * hundreds of candidates; `presentMatch` adds the words and slots for the few that are shown.
 */
export function rankMatch(a: AnswerProfile, b: AnswerProfile, week: RankWeek): Exclude<MatchScore, { excluded: null }> | MatchRank {
  const excluded = answerExclusion(a, b);
  if (excluded) return { excluded, version: scorerVersion };

  const { weekStart } = week;
  checkWeekStart(weekStart);
  if (overlapMinutes(week.bitsA, week.bitsB) === 0) return { excluded: "NO_OVERLAP", version: scorerVersion };
  const overlap = overlapByLocalDay(week.bitsA, week.bitsB, localMinutesOfWeek(a.timezone, weekStart), localMinutesOfWeek(b.timezone, weekStart));

  // [A's view of B, B's view of A] for each factor, 0..1.
  const fits: Record<FactorName, readonly [number, number]> = {
    commitment: [commitmentFit(a, b), commitmentFit(b, a)],
    schedule: [scheduleFit(a.checkInFrequency, overlap.longestA, overlap.minutes), scheduleFit(b.checkInFrequency, overlap.longestB, overlap.minutes)],
    values: [valuesFit(a, b), valuesFit(b, a)],
    communication: [communicationFit(a, b), communicationFit(b, a)],
  };

  let aToB = 0;
  let bToA = 0;
  const factors = {} as Factors;
  for (const name of factorNames) {
    const [fromA, fromB] = fits[name];
    aToB += factorWeights[name] * fromA;
    bToA += factorWeights[name] * fromB;
    factors[name] = Math.round(100 * harmonicMean(fromA, fromB));
  }
  if (!canSustain(a, b)) aToB *= commitmentWeights.unsustainableDirection;
  if (!canSustain(b, a)) bToA *= commitmentWeights.unsustainableDirection;
  // A large gap in seriousness or hours weighs on both sides, beyond its share of the commitment fit.
  const gap = commitmentGapMultiplier(a, b);
  aToB *= gap;
  bToA *= gap;

  return {
    excluded: null,
    version: scorerVersion,
    total: Math.round(100 * harmonicMean(aToB, bToA)),
    factors,
    directions: { aToB: Math.round(100 * aToB), bToA: Math.round(100 * bToA) },
    overlapMinutes: overlap.minutes,
    schedule: harmonicMean(...fits.schedule),
  };
}

/** `rank` (from `rankMatch` for the same pair and week) with its reasons, "talk about" items and slots. */
export function presentMatch(a: AnswerProfile, b: AnswerProfile, week: RankWeek, rank: MatchRank): IncludedScore {
  const overlap = overlapOf(week.bitsA, week.bitsB);
  const localA = localMinutesOfWeek(a.timezone, week.weekStart);
  const localB = localMinutesOfWeek(b.timezone, week.weekStart);
  const suggestedSlots = suggestSlots(overlap, localA, localB).map((utcQuarter): SuggestedSlot => {
    const slot = { utcQuarter, a: describeLocalMinute(localA[utcQuarter]!), b: describeLocalMinute(localB[utcQuarter]!) };
    const laterForB = slotChanges(week.weekStart, week.weekStart.getTime() + utcQuarter * QUARTER_MS, a.timezone, b.timezone);
    return laterForB.length > 0 ? { ...slot, laterForB } : slot;
  });

  return {
    excluded: null,
    version: rank.version,
    total: rank.total,
    factors: rank.factors,
    directions: rank.directions,
    reasons: buildReasons({ a, b, runs: overlap.runs, localA, schedule: rank.schedule, firstSlot: suggestedSlots[0]!.a }),
    talkAbout: talkAbout(a, b),
    overlapMinutes: rank.overlapMinutes,
    suggestedSlots,
  };
}

export function scoreMatch(a: MatchProfile, b: MatchProfile, week: ScoreWeek): MatchScore {
  const excluded = answerExclusion(a, b);
  if (excluded) return { excluded, version: scorerVersion };

  const { weekStart } = week;
  checkWeekStart(weekStart);
  const full: RankWeek = {
    weekStart,
    bitsA: week.bitsA ?? utcWeekBits(a.availabilitySlots, a.timezone, weekStart),
    bitsB: week.bitsB ?? utcWeekBits(b.availabilitySlots, b.timezone, weekStart),
  };
  const rank = rankMatch(a, b, full);
  return rank.excluded === null ? presentMatch(a, b, full, rank) : rank;
}
