import "server-only";
import type { Db, Tx } from "@/server/db/client";
import { utcWeekBits, weekStartUtc } from "@/shared/time/availability";

const weekMs = 7 * 24 * 60 * 60 * 1000;
const bitPattern = /^[01]{672}$/;

/** The UTC weeks kept for matching: the current one and the next. */
export function keptWeeks(now: Date): [Date, Date] {
  const current = weekStartUtc(now);
  return [current, new Date(current.getTime() + weekMs)];
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

type Grid = { memberId: string; slots: readonly number[]; timezone: string };

/**
 * Writes the current and next week's UTC bits for each grid, in one statement. The bit strings
 * come from utcWeekBits and are checked to be exactly 672 zeros and ones before they are written.
 */
export async function storeAvailabilityWeeks(db: Db | Tx, grids: readonly Grid[], now: Date): Promise<void> {
  if (grids.length === 0) return;
  const weeks = keptWeeks(now);
  const memberIds: string[] = [];
  const weekStarts: string[] = [];
  const bits: string[] = [];
  for (const grid of grids) {
    for (const week of weeks) {
      const value = utcWeekBits(grid.slots, grid.timezone, week);
      if (!bitPattern.test(value)) throw new Error("utcWeekBits returned a malformed week");
      memberIds.push(grid.memberId);
      weekStarts.push(isoDate(week));
      bits.push(value);
    }
  }
  await db.$executeRaw`
    INSERT INTO availability_week ("memberId", "weekStart", bits, "updatedAt")
    SELECT m, w::date, b::bit(672), now()
    FROM unnest(${memberIds}::text[], ${weekStarts}::text[], ${bits}::text[]) AS t(m, w, b)
    ON CONFLICT ("memberId", "weekStart") DO UPDATE SET bits = EXCLUDED.bits, "updatedAt" = now()`;
}

/** Drops weeks that have passed. */
export async function pruneAvailabilityWeeks(db: Db, now: Date): Promise<number> {
  const [current] = keptWeeks(now);
  return db.$executeRaw`DELETE FROM availability_week WHERE "weekStart" < ${isoDate(current)}::date`;
}

/**
 * The weekly job: recomputes every member's current and next week (so DST changes and the new
 * week are always right) in batches, then prunes past weeks. Idempotent.
 */
export async function refreshAllAvailability(db: Db, now: Date, batchSize = 1000): Promise<{ members: number }> {
  let cursor: string | undefined;
  let members = 0;
  for (;;) {
    const batch = await db.profile.findMany({
      where: { availabilitySlots: { isEmpty: false }, ...(cursor ? { memberId: { gt: cursor } } : {}) },
      orderBy: { memberId: "asc" },
      take: batchSize,
      select: { memberId: true, availabilitySlots: true, member: { select: { timezone: true } } },
    });
    if (batch.length === 0) break;
    await storeAvailabilityWeeks(
      db,
      batch.map((p) => ({ memberId: p.memberId, slots: p.availabilitySlots, timezone: p.member.timezone })),
      now,
    );
    members += batch.length;
    cursor = batch.at(-1)?.memberId;
  }
  await pruneAvailabilityWeeks(db, now);
  return { members };
}
