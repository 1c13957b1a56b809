/**
 * The kind summary of check-ins kept, for the two partners only (PRODUCT.md §6): what happened,
 * never a score, and a next step when things have been quiet. Null when there is nothing to count yet.
 */
export function reliabilityWords({ met, of }: { met: number; of: number }): string | null {
  if (of <= 0) return null;
  if (met === of) return of === 1 ? "You've met for your last check-in." : `You've met for all ${of} of your recent check-ins.`;
  if (met === 0) return `Your last ${of === 1 ? "check-in" : `${of} check-ins`} didn't get logged. That's okay — if the rhythm doesn't fit any more, a talk about it might help.`;
  return `You've met ${met} of your last ${of} check-ins.`;
}
