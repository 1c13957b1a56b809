import "server-only";
import { Prisma, type CheckInNoticeKind } from "@/generated/prisma/client";
import { partnershipBlockedSql } from "@/server/blocks/between";
import type { Db, Tx } from "@/server/db/client";
import { log } from "@/server/log";
import { notify } from "@/server/notifications/service";
import type { PausedPeriod } from "@/shared/check-ins/occurrences";
import { pausedPeriods } from "@/shared/check-ins/pauses";
import { plannedPausePeriods } from "@/server/partnerships/planned-pauses";
import { rhythmOfVersion, type Rhythm } from "@/shared/check-ins/rhythm";
import { historyFrom, planEarlyWarning } from "./early-warning";
import { countBackDays, planMissed, remindersDue } from "./missed-rules";

/*
 * The check-in jobs' work: reminders before each check-in, and the missed-check-in ladder after
 * one. Only ACTIVE partnerships with an agreement in force and no block between the two are
 * looked at. Each partnership is handled in a transaction of its own that locks its row
 * (`FOR UPDATE SKIP LOCKED`: one another worker holds is its business) and writes the
 * `check_in_notice` record together with the notices, so a run repeated, or two at once, never
 * sends a notice twice; the insert's conflict clause is the backstop.
 */

const batchSize = 100;
const day = 24 * 60 * 60 * 1000;
const blocked = Prisma.raw(partnershipBlockedSql("p.id"));

type Watched = { partnershipId: string; rhythm: Rhythm; paused: PausedPeriod[]; members: { memberId: string; timezone: string }[] };

/** ACTIVE partnerships with an agreement in force, by id after `after`. */
async function activeBatch(db: Db, after: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT p.id FROM partnership p
    WHERE p.status = 'ACTIVE' AND p.id > ${after}
      AND EXISTS (SELECT 1 FROM agreement_version v WHERE v."partnershipId" = p.id AND v.status = 'IN_FORCE')
      AND NOT ${blocked}
    ORDER BY p.id LIMIT ${batchSize}`;
  return rows.map((row) => row.id);
}

/** Locks the partnership if it is still ACTIVE and unblocked and no one else holds it; then reads what its check-ins follow. */
async function lockWatched(tx: Tx, partnershipId: string): Promise<Watched | null> {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT p.id FROM partnership p WHERE p.id = ${partnershipId} AND p.status = 'ACTIVE' AND NOT ${blocked} FOR UPDATE SKIP LOCKED`;
  if (locked.length === 0) return null;
  const [version, marks, members, planned] = await Promise.all([
    tx.agreementVersion.findFirst({ where: { partnershipId, status: "IN_FORCE" }, select: { content: true, inForceAt: true, createdAt: true } }),
    tx.partnershipEvent.findMany({ where: { partnershipId, type: { in: ["PAUSED", "RESUMED", "ENDED"] } }, select: { type: true, createdAt: true } }),
    tx.partnershipMember.findMany({ where: { partnershipId }, select: { memberId: true, member: { select: { timezone: true } } } }),
    plannedPausePeriods(tx, [partnershipId]),
  ]);
  if (!version || members.length !== 2) return null;
  const rhythm = rhythmOfVersion(version.content, version.inForceAt ?? version.createdAt);
  if (rhythm.kind !== "rhythm") return null;
  return { partnershipId, rhythm, paused: pausedPeriods(marks, planned.get(partnershipId)), members: members.map((m) => ({ memberId: m.memberId, timezone: m.member.timezone })) };
}

async function startsOf(tx: Tx, partnershipId: string, since: Date, kind: CheckInNoticeKind | "LOGGED"): Promise<Set<number>> {
  const rows =
    kind === "LOGGED"
      ? await tx.checkIn.findMany({ where: { partnershipId, occurrenceStart: { gte: since } }, select: { occurrenceStart: true } })
      : await tx.checkInNotice.findMany({ where: { partnershipId, kind, occurrenceStart: { gte: since } }, select: { occurrenceStart: true } });
  return new Set(rows.map((row) => row.occurrenceStart.getTime()));
}

/** Records the occurrences as handled; answers the starts this call recorded (none another got to first). */
async function record(tx: Tx, partnershipId: string, kind: CheckInNoticeKind, starts: Date[]): Promise<Set<number>> {
  if (starts.length === 0) return new Set();
  const rows = await tx.checkInNotice.createManyAndReturn({
    data: starts.map((occurrenceStart) => ({ partnershipId, occurrenceStart, kind })),
    skipDuplicates: true,
    select: { occurrenceStart: true },
  });
  return new Set(rows.map((row) => row.occurrenceStart.getTime()));
}

const partnerOf = (watched: Watched, memberId: string) => watched.members.find((m) => m.memberId !== memberId)!.memberId;

async function handleMissed(tx: Tx, watched: Watched, now: Date): Promise<number> {
  const since = new Date(now.getTime() - countBackDays * day);
  const [logged, handled] = await Promise.all([startsOf(tx, watched.partnershipId, since, "LOGGED"), startsOf(tx, watched.partnershipId, since, "MISSED")]);
  const plan = planMissed({ rhythm: watched.rhythm, paused: watched.paused, logged, handled, now });
  const recorded = await record(tx, watched.partnershipId, "MISSED", plan.record);
  const notice = plan.notice;
  if (!notice || !recorded.has(notice.occurrenceStart.getTime())) return 0;
  for (const { memberId, timezone } of watched.members) {
    if (notice.step === "pause-or-review") {
      await notify(tx, { memberId, type: "CHECK_IN_PAUSE_OR_REVIEW", data: { partnershipId: watched.partnershipId } });
    } else {
      const data = { partnershipId: watched.partnershipId, fromMemberId: partnerOf(watched, memberId), at: notice.occurrenceStart.getTime(), timeZone: timezone };
      await notify(tx, { memberId, type: "CHECK_IN_MISSED", data });
    }
  }
  return 1;
}

/**
 * Early warning: each partner on their own, with the partnership page to pause or start a change
 * from. Its record is keyed by the latest check-in it counted; the lock on the partnership row
 * makes reading the last one and writing the next safe.
 */
async function handleEarlyWarning(tx: Tx, watched: Watched, now: Date): Promise<number> {
  const { partnershipId } = watched;
  const [logged, last] = await Promise.all([
    startsOf(tx, partnershipId, historyFrom(now), "LOGGED"),
    tx.checkInNotice.findFirst({ where: { partnershipId, kind: "EARLY_WARNING" }, orderBy: { occurrenceStart: "desc" }, select: { occurrenceStart: true } }),
  ]);
  const warning = planEarlyWarning({ rhythm: watched.rhythm, paused: watched.paused, logged, lastWarnedFor: last?.occurrenceStart ?? null, now });
  if (!warning) return 0;
  const recorded = await record(tx, partnershipId, "EARLY_WARNING", [warning.latest]);
  if (recorded.size === 0) return 0;
  for (const { memberId } of watched.members) {
    await notify(tx, { memberId, type: "CHECK_IN_EARLY_WARNING", data: { partnershipId } });
  }
  return 1;
}

/** The ladder, then the early warning, in the same locked transaction: answers 1 if either wrote. */
async function handleMissedAndWarning(tx: Tx, watched: Watched, now: Date): Promise<number> {
  const missed = await handleMissed(tx, watched, now);
  const warned = await handleEarlyWarning(tx, watched, now);
  return Math.max(missed, warned);
}

async function handleReminders(tx: Tx, watched: Watched, now: Date): Promise<number> {
  const reminded = await startsOf(tx, watched.partnershipId, now, "REMINDER");
  const recorded = await record(tx, watched.partnershipId, "REMINDER", remindersDue(watched.rhythm, watched.paused, reminded, now));
  for (const at of recorded) {
    for (const { memberId, timezone } of watched.members) {
      await notify(tx, { memberId, type: "CHECK_IN_REMINDER", data: { partnershipId: watched.partnershipId, fromMemberId: partnerOf(watched, memberId), at, timeZone: timezone } });
    }
  }
  return recorded.size;
}

/**
 * Runs `handle` for every watched partnership, each in its own locked transaction; answers how
 * many notices went out. One partnership failing doesn't hold up the others: the run carries on,
 * then fails so the queue retries it, and the records keep the retry from sending anything twice.
 */
async function forEachWatched(db: Db, now: Date, handle: (tx: Tx, watched: Watched, now: Date) => Promise<number>): Promise<number> {
  let sent = 0;
  let failed = 0;
  for (let after = ""; ; ) {
    const ids = await activeBatch(db, after);
    for (const id of ids) {
      try {
        sent += await db.$transaction(async (tx) => {
          const watched = await lockWatched(tx, id);
          return watched ? handle(tx, watched, now) : 0;
        });
      } catch (error) {
        failed++;
        log.error({ err: error, partnershipId: id }, "check-in notices failed for a partnership");
      }
    }
    if (ids.length < batchSize) break;
    after = ids.at(-1) ?? after;
  }
  if (failed) throw new Error(`check-in notices failed for ${failed} partnership(s)`);
  return sent;
}

/** The missed-check-in ladder and the early warning for every active partnership: answers how many partnerships were written to. */
export const sendMissedCheckInNotices = (db: Db, now = new Date()) => forEachWatched(db, now, handleMissedAndWarning);

/** Reminders for check-ins starting within the hour: answers how many check-ins were reminded. */
export const sendCheckInReminders = (db: Db, now = new Date()) => forEachWatched(db, now, handleReminders);
