import "server-only";
import type { Db } from "@/server/db/client";
import { weekStartUtc } from "@/shared/time/availability";
import { loadSelf } from "./candidates";
import { presentMatch, rankMatch, scoreMatch } from "./scorer/scorer";
import type { SuggestedSlot } from "./scorer/types";

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

/**
 * The scorer's suggested check-in slots for two members this week (each in their own local time,
 * `a` being `firstId`), or none when either has no week stored or the scorer rules them out.
 * Matching's answer for the agreement's first draft.
 */
export async function suggestedSlotsBetween(db: Pick<Db, "$queryRawUnsafe">, firstId: string, secondId: string, now: Date): Promise<SuggestedSlot[]> {
  const week = weekStartUtc(now);
  const weekStart = week.toISOString().slice(0, 10);
  const [a, b] = await Promise.all([loadSelf(db, firstId, weekStart), loadSelf(db, secondId, weekStart)]);
  if (!a || !b) return [];
  const scoreWeek = { weekStart: week, bitsA: a.bits, bitsB: b.bits };
  const rank = rankMatch(a.profile, b.profile, scoreWeek);
  return rank.excluded === null ? presentMatch(a.profile, b.profile, scoreWeek, rank).suggestedSlots : [];
}
