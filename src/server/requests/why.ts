import "server-only";
import type { SlotChange } from "@/server/matching/scorer/types";
import type { Db } from "@/server/db/client";
import { loadSelf } from "@/server/matching/candidates";
import { presentMatch, rankMatch } from "@/server/matching/scorer/scorer";
import { weekStartUtc } from "@/shared/time/availability";

/** Why two members might fit, from one side: what a suggestion card says about the other. */
export type WhyYouMightFit = {
  total: number;
  reasons: string[];
  talkAbout: string[];
  /** `laterForB`: when their time moves with a clock change in the coming weeks ("13:00 for them from 28 March"). */
  suggestedSlots: { a: { weekday: string; time: string }; b: { weekday: string; time: string }; laterForB?: SlotChange[] }[];
};

/**
 * For each of `otherIds`, what the viewer's suggestion card would say about them this week (the
 * same scorer, from the viewer's side: reasons, "talk about" and shared times in the viewer's own
 * words and time), or no entry when either has no finished profile or week stored, or the scorer
 * rules the pair out this week. One read per member, for the few requests a page lists.
 */
export async function whyYouMightFit(db: Pick<Db, "$queryRawUnsafe">, viewerId: string, otherIds: readonly string[], now: Date): Promise<Map<string, WhyYouMightFit>> {
  const found = new Map<string, WhyYouMightFit>();
  if (otherIds.length === 0) return found;
  const week = weekStartUtc(now);
  const weekStart = week.toISOString().slice(0, 10);
  const [self, ...others] = await Promise.all([viewerId, ...otherIds].map((id) => loadSelf(db, id, weekStart)));
  if (!self) return found;
  for (const other of others) {
    if (!other) continue;
    const scoreWeek = { weekStart: week, bitsA: self.bits, bitsB: other.bits };
    const rank = rankMatch(self.profile, other.profile, scoreWeek);
    if (rank.excluded !== null) continue;
    const shown = presentMatch(self.profile, other.profile, scoreWeek, rank);
    found.set(other.profile.memberId, {
      total: shown.total,
      reasons: shown.reasons,
      talkAbout: shown.talkAbout,
      suggestedSlots: shown.suggestedSlots.map(({ a, b, laterForB }) => ({ a, b, ...(laterForB ? { laterForB } : {}) })),
    });
  }
  return found;
}
