/** Partnerships with pause terms of a test's choosing, and the days a pause form names. */
import type { Db } from "@/server/db/client";
import { checkInPartnership } from "./check-ins";

const day = 24 * 60 * 60 * 1000;

/** The calendar day `days` from `now` in UTC (the zone of checkInPartnership's agreement), YYYY-MM-DD. */
export const dayFromNow = (days: number, now = new Date()) => new Date(now.getTime() + days * day).toISOString().slice(0, 10);

/** 00:00 UTC on that day: when a pause picks up again in checkInPartnership's agreement. */
export const midnightUtc = (isoDay: string) => new Date(`${isoDay}T00:00:00Z`);

/** A daily 12:00 UTC partnership in force (checkInPartnership) whose agreement says how pauses go. */
export async function pausePartnership<M extends { id: string }>(
  db: Db,
  terms: { pauseAlone: boolean; maxPauseWeeks?: number },
  existing?: { partnershipId: string; sender: M; recipient: M },
) {
  const p = await checkInPartnership(db, existing);
  await setPauseTerms(db, p.versionId, terms);
  return p;
}

export async function setPauseTerms(db: Db, versionId: string, terms: { pauseAlone: boolean; maxPauseWeeks?: number }) {
  const stored = await db.agreementVersion.findUniqueOrThrow({ where: { id: versionId }, select: { content: true } });
  const content = stored.content as { text: Record<string, string>; fields: Record<string, unknown> };
  await db.agreementVersion.update({
    where: { id: versionId },
    data: { content: { ...content, fields: { ...content.fields, pauseAlone: terms.pauseAlone, maxPauseWeeks: terms.maxPauseWeeks ?? 4 } } },
  });
}
