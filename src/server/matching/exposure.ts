/**
 * Spreading exposure (PRODUCT.md decisions): a candidate's rank drops as their pending and recent
 * requests grow, so popular profiles are not flooded. Only the ranking moves; the score a member
 * sees stays the real fit. Nothing about who viewed whom is kept.
 */
const perPending = 4;
const perRecent = 1.5;
const maxPenalty = 20;

export function exposurePenalty(pendingIncoming: number, recentReceived: number): number {
  return Math.min(maxPenalty, perPending * pendingIncoming + perRecent * recentReceived);
}
