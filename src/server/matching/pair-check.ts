import "server-only";
import type { Db } from "@/server/db/client";
import { weekStartUtc } from "@/shared/time/availability";
import { loadSelf } from "./candidates";
import { scoreMatch } from "./scorer/scorer";

/**
 * Whether the scorer's hard filters (a dealbreaker either way, no overlap this week) rule the pair
 * out, as they would keep either from the other's suggestions. Matching's one question for other
 * features (requests ask it before sending); true when either has no finished profile this week.
 */
export async function excludedByScorer(db: Db, memberId: string, otherId: string, now: Date): Promise<boolean> {
  const week = weekStartUtc(now);
  const weekStart = week.toISOString().slice(0, 10);
  const [self, other] = await Promise.all([loadSelf(db, memberId, weekStart), loadSelf(db, otherId, weekStart)]);
  if (!self || !other) return true;
  return scoreMatch(self.profile, other.profile, { weekStart: week, bitsA: self.bits, bitsB: other.bits }).excluded !== null;
}
