/**
 * The suggested next step once both have answered (PRODUCT.md §8): the same preference → that;
 * otherwise the one that changes most, so neither partner's wish for change is talked over.
 */
export const reviewPreferences = ["CONTINUE", "RENEGOTIATE", "PAUSE", "END"] as const;
export type ReviewPreference = (typeof reviewPreferences)[number];

/** How much each step changes, least first. */
const weight: Record<ReviewPreference, number> = { CONTINUE: 0, RENEGOTIATE: 1, PAUSE: 2, END: 3 };

export function suggestedNextStep(first: ReviewPreference, second: ReviewPreference): ReviewPreference {
  return weight[first] >= weight[second] ? first : second;
}

export const preferenceWords: Record<ReviewPreference, { label: string; hint: string }> = {
  CONTINUE: { label: "Keep going as we are", hint: "The agreement stays as it is; the next review is scheduled." },
  RENEGOTIATE: { label: "Change our agreement", hint: "A draft of your agreement opens with what you both wrote about changes." },
  PAUSE: { label: "Take a pause", hint: "Check-ins stop for a while and the agreement stays as it is." },
  END: { label: "End the partnership", hint: "A guided, kind ending — no blame either way." },
};

/**
 * Why this step is suggested, in words both partners read: agreement when they chose the same,
 * otherwise a gentle note that the bigger change is suggested so it can be talked through.
 */
export function nextStepReason(first: ReviewPreference, second: ReviewPreference): string {
  if (first === second) return "You both chose the same next step.";
  return "You chose different next steps. We suggest the one that changes more, so it gets talked through — it's a starting point for a conversation, not a decision.";
}
