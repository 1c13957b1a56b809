/** Values fit in one direction: how much of what matters to `self` the other shares. */
import { beliefStatements } from "@/shared/onboarding/questionnaire";
import type { AnswerProfile } from "./types";
import { valuesWeights as w } from "./weights";

export const sharedOf = <T>(mine: readonly T[], theirs: readonly T[]): T[] => mine.filter((item) => theirs.includes(item));

/** 1 − mean absolute difference over the belief statements, scaled to 0..1 (symmetric). */
export function beliefAgreement(a: AnswerProfile, b: AnswerProfile): number {
  let diff = 0;
  for (const { id } of beliefStatements) diff += Math.abs(a.beliefs[id] - b.beliefs[id]);
  return 1 - diff / beliefStatements.length / 4;
}

export function valuesFit(self: AnswerProfile, other: AnswerProfile): number {
  // Jaccard-like, from self's side: the share of self's values (up to `valuesForFull`) the other holds.
  const values = self.values.length === 0 ? 0 : Math.min(1, sharedOf(self.values, other.values).length / Math.min(self.values.length, w.valuesForFull));
  const focus = self.focusAreas.length === 0 ? 0 : Math.min(1, sharedOf(self.focusAreas, other.focusAreas).length / Math.min(self.focusAreas.length, w.focusForFull));
  return w.sharedValues * values + w.beliefs * beliefAgreement(self, other) + w.focusAreas * focus;
}
