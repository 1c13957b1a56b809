import "server-only";
import type { Db, Tx } from "@/server/db/client";
import type { NotificationType } from "@/generated/prisma/client";
import { blockBetweenSql } from "@/server/blocks/between";
import { log } from "@/server/log";
import { queueEmail } from "@/server/mail/outbox";
import { notificationCatalog, type CatalogEntry, type Notice, type NoticeWords, type ParsedNotice } from "./catalog";
import { deliveryPreferences } from "./preferences";
import { quietUntil } from "./quiet-hours";

export type { Notice } from "./catalog";

export type NotificationItem = { id: string; type: NotificationType; text: string; href: string; action: string; createdAt: Date; readAt: Date | null };

const listLimit = 50;

/** What a notice whose stored data no longer parses shows, rather than breaking the whole list. */
const unreadable: NoticeWords = { text: "There's an update waiting for you.", href: "/dashboard", action: "Go to your dashboard" };

function parseNotice(type: NotificationType, data: unknown): ParsedNotice | null {
  const entry: CatalogEntry = notificationCatalog[type];
  return entry.parse(data);
}

/**
 * Written in the caller's transaction, with its email (if its type has one) in the outbox, so a
 * notice exists exactly when its cause does and is emailed once. The member's choice for the type
 * decides: both, the notification centre only, or nothing. An email written during their quiet
 * hours waits until those end. Data that does not match the type's schema is a bug in the caller:
 * it throws and the transaction rolls back.
 */
export async function notify(tx: Tx, notice: Notice, now = new Date()): Promise<void> {
  const parsed = parseNotice(notice.type, notice.data);
  if (!parsed) throw new Error(`${notice.type} notice data does not match its schema`);
  const preferences = await deliveryPreferences(tx, notice.memberId);
  const choice = preferences.choiceFor(notice.type);
  if (choice === "OFF") return;
  await tx.notification.create({ data: { memberId: notice.memberId, type: notice.type, data: parsed.data } });
  if (choice !== "IN_APP_AND_EMAIL") return;
  const member = await tx.member.findUnique({ where: { id: notice.memberId }, select: { email: true, displayName: true, status: true, timezone: true } });
  const email = member?.status === "ACTIVE" ? parsed.email(member) : null;
  if (!member || !email) return;
  const notBefore = preferences.quietHours ? quietUntil(now, preferences.quietHours, member.timezone) : null;
  await queueEmail(tx, { memberId: notice.memberId, to: member.email, ...email, notBefore });
}

/**
 * A notice stays hidden while a block lies between its reader (`$1`) and the member it mentions.
 * Every catalog entry that mentions someone stores them as `fromMemberId` (checked in
 * catalog-mentions.test.ts), so one condition on that key covers the catalog's `mentions`.
 */
const visibleSql = `NOT ${blockBetweenSql("$1", `(n.data->>'fromMemberId')`)}`;

/** The member's newest notifications with their text; names are read now, so renames show. */
export async function listNotifications(db: Db, memberId: string, limit = listLimit): Promise<{ items: NotificationItem[]; unread: number }> {
  const [rows, unread] = await Promise.all([
    db.$queryRawUnsafe<{ id: string; type: NotificationType; data: unknown; createdAt: Date; readAt: Date | null }[]>(
      `SELECT n.id, n.type, n.data, n."createdAt", n."readAt" FROM notification n
       WHERE n."memberId" = $1 AND ${visibleSql}
       ORDER BY n."createdAt" DESC, n.id DESC LIMIT $2`,
      memberId,
      limit,
    ),
    unreadCount(db, memberId),
  ]);
  const parsed = rows.map((row) => parseNotice(row.type, row.data));
  const mentioned = [...new Set(parsed.flatMap((notice) => notice?.mentions ?? []))];
  const people = await db.member.findMany({ where: { id: { in: mentioned } }, select: { id: true, displayName: true, status: true } });
  const names = new Map(people.map((p) => [p.id, p.status === "DELETED" ? "A former member" : p.displayName]));
  const nameOf = (id: string) => names.get(id) ?? "Someone";
  const items = rows.map((row, index) => {
    const notice = parsed[index];
    if (!notice) log.warn({ notificationId: row.id, type: row.type }, "notification data does not match its schema");
    const { text, href, action } = notice ? notice.describe(nameOf) : unreadable;
    return { id: row.id, type: row.type, text, href, action, createdAt: row.createdAt, readAt: row.readAt };
  });
  return { items, unread };
}

/** Counts exactly what the list shows unread: hidden notices are not counted. */
export async function unreadCount(db: Db, memberId: string): Promise<number> {
  const [row] = await db.$queryRawUnsafe<{ count: number }[]>(
    `SELECT count(*)::int AS count FROM notification n WHERE n."memberId" = $1 AND n."readAt" IS NULL AND ${visibleSql}`,
    memberId,
  );
  return row?.count ?? 0;
}

/** Marks the member's own notifications read; ids of anyone else's are ignored, never touched. */
export async function markRead(db: Db, memberId: string, ids: string[] | undefined, now = new Date()): Promise<{ unread: number }> {
  await db.notification.updateMany({ where: { memberId, readAt: null, ...(ids ? { id: { in: ids } } : {}) }, data: { readAt: now } });
  return { unread: await unreadCount(db, memberId) };
}

/** The page part of a notice's link: what a member's browser shows as the pathname once they are there. */
const pageOf = (href: string) => href.replace(/[?#].*$/, "");

/**
 * Marks read the member's unread notices that link to `path`: the page that lists a notice's
 * subject answers it once the member has seen it there (a request received, on /requests).
 * Only the newest `listLimit` unread are looked at, as the list shows no more.
 */
export async function markReadOnPage(db: Db, memberId: string, path: string, now = new Date()): Promise<{ marked: number }> {
  const rows = await db.notification.findMany({
    where: { memberId, readAt: null },
    select: { id: true, type: true, data: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: listLimit,
  });
  // A link never depends on names, so none are looked up.
  const ids = rows.filter((row) => pageOf(parseNotice(row.type, row.data)?.describe(() => "").href ?? "") === path).map((row) => row.id);
  if (ids.length === 0) return { marked: 0 };
  const { count } = await db.notification.updateMany({ where: { memberId, readAt: null, id: { in: ids } }, data: { readAt: now } });
  return { marked: count };
}

/** The subject a notice is about, named by one of the ids its `data` carries. */
export type NoticeSubject = { requestId: string } | { partnershipId: string } | { pauseId: string } | { reviewId: string };

/**
 * Marks a member's unread notices of these types about this subject read, in the caller's
 * transaction: acting on a thing answers its notice, so the count never asks for what is done
 * (answering a request reads its REQUEST_RECEIVED; signing or asking for changes reads
 * AGREEMENT_PROPOSED; answering a pause request reads PAUSE_REQUESTED; answering a review reads
 * REVIEW_DUE). Nobody else's notices are touched.
 */
export async function settleNotices(tx: Tx, memberId: string, types: readonly NotificationType[], subject: NoticeSubject, now = new Date()): Promise<number> {
  if (types.length === 0) return 0;
  return tx.$executeRawUnsafe(
    `UPDATE notification SET "readAt" = $4
     WHERE "memberId" = $1 AND "readAt" IS NULL AND type::text = ANY($2::text[]) AND data @> $3::jsonb`,
    memberId,
    [...types],
    JSON.stringify(subject),
    now,
  );
}
