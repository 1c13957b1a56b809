/**
 * The compatibility scorer (PRODUCT.md §3): a pure, deterministic, versioned function of two
 * members' answers and the week being scored. Hard exclusions come first; then each factor is
 * scored in both directions (how well B fits A's wishes, and A fits B's) and the directions are
 * combined with a harmonic mean, so a one-sided fit cannot score high.
 * Weights and thresholds: ./weights.ts.
 */
import { utcWeekBits, weekStartUtc } from "@/server/onboarding/availability";
import { canSustain, commitmentFit } from "./score-commitment";
import { communicationFit } from "./score-communication";
import { describeLocalMinute, localMinutesOfWeek } from "./score-local-time";
import { longestByLocalDay, overlapOf } from "./score-overlap";
import { buildReasons } from "./score-reasons";
import { scheduleFit } from "./score-schedule";
import { suggestSlots } from "./score-slots";
import { talkAbout } from "./score-talk";
import type { ExclusionReason, FactorName, Factors, MatchProfile, MatchScore, ScoreWeek } from "./score-types";
import { valuesFit } from "./score-values";
import { commitmentWeights, factorWeights } from "./weights";

export type { ExclusionReason, MatchProfile, MatchScore, ScoreWeek, SuggestedSlot } from "./score-types";

/** Bump whenever scores or reasons would change for the same answers (weights included). */
export const scorerVersion = 1;

const factorNames: readonly FactorName[] = ["commitment", "schedule", "values", "communication"];

/** 2xy / (x + y): low when either side is low; symmetric bit for bit. */
export function harmonicMean(x: number, y: number): number {
  return x + y <= 0 ? 0 : (2 * x * y) / (x + y);
}

/** The answer-based hard filters, checked in both directions (schedule overlap is separate). */
export function answerExclusion(a: MatchProfile, b: MatchProfile): ExclusionReason | null {
  if (a.memberId === b.memberId) return "SELF";
  if ((a.needsSobrietyFriendlyPartner && !b.sobrietyFriendly) || (b.needsSobrietyFriendlyPartner && !a.sobrietyFriendly)) return "SOBRIETY_REQUIREMENT";
  if ((a.mustShareLanguage || b.mustShareLanguage) && !a.languages.some((language) => b.languages.includes(language))) return "NO_SHARED_LANGUAGE";
  return null;
}

export function scoreMatch(a: MatchProfile, b: MatchProfile, week: ScoreWeek): MatchScore {
  const excluded = answerExclusion(a, b);
  if (excluded) return { excluded, version: scorerVersion };

  const { weekStart } = week;
  if (!(weekStart instanceof Date) || weekStartUtc(weekStart).getTime() !== weekStart.getTime()) {
    throw new RangeError("scoreMatch: weekStart must be a Monday 00:00:00.000 UTC");
  }
  const overlap = overlapOf(
    week.bitsA ?? utcWeekBits(a.availabilitySlots, a.timezone, weekStart),
    week.bitsB ?? utcWeekBits(b.availabilitySlots, b.timezone, weekStart),
  );
  if (overlap.minutes === 0) return { excluded: "NO_OVERLAP", version: scorerVersion };

  const localA = localMinutesOfWeek(a.timezone, weekStart);
  const localB = localMinutesOfWeek(b.timezone, weekStart);
  // [A's view of B, B's view of A] for each factor, 0..1.
  const fits: Record<FactorName, readonly [number, number]> = {
    commitment: [commitmentFit(a, b), commitmentFit(b, a)],
    schedule: [
      scheduleFit(a.checkInFrequency, longestByLocalDay(overlap.runs, localA), overlap.minutes),
      scheduleFit(b.checkInFrequency, longestByLocalDay(overlap.runs, localB), overlap.minutes),
    ],
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

  const suggestedSlots = suggestSlots(overlap, localA, localB).map((utcQuarter) => ({
    utcQuarter,
    a: describeLocalMinute(localA[utcQuarter]!),
    b: describeLocalMinute(localB[utcQuarter]!),
  }));

  return {
    excluded: null,
    version: scorerVersion,
    total: Math.round(100 * harmonicMean(aToB, bToA)),
    factors,
    directions: { aToB: Math.round(100 * aToB), bToA: Math.round(100 * bToA) },
    reasons: buildReasons({
      a,
      b,
      runs: overlap.runs,
      localA,
      schedule: harmonicMean(...fits.schedule),
      firstSlot: suggestedSlots[0]!.a,
    }),
    talkAbout: talkAbout(a, b),
    overlapMinutes: overlap.minutes,
    suggestedSlots,
  };
}
