import "server-only";
import { randomBytes } from "node:crypto";
import { hashToken } from "@/server/accounts/tokens";
import type { Db } from "@/server/db/client";
import { appUrl } from "@/server/mail/compose";
import { checkInEventOf, memberCheckIns } from "./check-in-source";
import { cancelledCheckIns } from "./cancelled-source";
import { addCancelledCheckInEvent, addCheckInEvent, checkInCalendar, icsContentType } from "./ics";

/**
 * A member's private calendar feed: one secret link per member that calendar apps poll without
 * signing in. Only the SHA-256 of the link's token is stored, so a database reader can't rebuild
 * the link; making a new one replaces the row, so the old link stops working at once. The token
 * is never logged.
 */

/** 32 random bytes as base64url: exactly 43 characters from this alphabet. */
const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

export const feedPath = (token: string) => `/calendar/${token}.ics`;

export type FeedStatus = { active: boolean; createdAt: Date | null };

/** Whether the member has a feed link, and since when; never the link itself (we can't rebuild it). */
export async function feedStatus(db: Db, memberId: string): Promise<FeedStatus> {
  const feed = await db.calendarFeed.findUnique({ where: { memberId }, select: { createdAt: true } });
  return { active: feed !== null, createdAt: feed?.createdAt ?? null };
}

/**
 * Makes a new feed link, replacing any old one in a single statement (the member's row is the
 * lock: of two at once, the later wins and the earlier link no longer works). The URL is returned
 * this once.
 */
export async function rotateFeed(db: Db, memberId: string): Promise<{ url: string; createdAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const tokenHash = hashToken(token);
  const rows = await db.$queryRaw<{ createdAt: Date }[]>`
    INSERT INTO calendar_feed ("memberId", "tokenHash", "createdAt") VALUES (${memberId}, ${tokenHash}, now())
    ON CONFLICT ("memberId") DO UPDATE SET "tokenHash" = EXCLUDED."tokenHash", "createdAt" = EXCLUDED."createdAt"
    RETURNING "createdAt"`;
  const createdAt = rows[0]?.createdAt ?? new Date();
  return { url: appUrl(feedPath(token)), createdAt };
}

/** Turns the feed off: the link stops working at once. Turning off a feed that isn't there is fine. */
export async function revokeFeed(db: Db, memberId: string): Promise<{ active: false }> {
  await db.calendarFeed.deleteMany({ where: { memberId } });
  return { active: false };
}

/** The member a feed token belongs to, or null (malformed, unknown, replaced, turned off, or the account isn't active). */
async function feedOwner(db: Db, token: string): Promise<string | null> {
  const raw = token.endsWith(".ics") ? token.slice(0, -".ics".length) : token;
  if (!tokenPattern.test(raw)) return null;
  const feed = await db.calendarFeed.findUnique({ where: { tokenHash: hashToken(raw) }, select: { member: { select: { id: true, status: true } } } });
  return feed?.member.status === "ACTIVE" ? feed.member.id : null;
}

const notFound = () =>
  new Response("There's no calendar at this link. It may have been replaced or turned off: your Tandem calendar settings can make a new one.", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", "X-Robots-Tag": "noindex" },
  });

/**
 * The feed itself: every active or paused partnership's check-ins of the link's owner. A new
 * agreement version brings a new event (UID) in place of the old; for a while the old one, and
 * the event of a partnership that ended (a block ends it too), stay as cancelled copies so
 * calendar apps drop them (cancelled-source.ts), then they are absent.
 */
export async function calendarFeed(db: Db, token: string, now = new Date()): Promise<Response> {
  const memberId = await feedOwner(db, token);
  if (!memberId) return notFound();
  const calendar = checkInCalendar();
  calendar.name("Tandem check-ins");
  const [sources, cancelled] = await Promise.all([memberCheckIns(db, memberId), cancelledCheckIns(db, memberId, now)]);
  for (const source of sources) addCheckInEvent(calendar, { ...checkInEventOf(source), stamp: now });
  for (const event of cancelled) addCancelledCheckInEvent(calendar, { ...event, stamp: now });
  return new Response(calendar.toString(), {
    status: 200,
    headers: { "Content-Type": icsContentType, "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff", "X-Robots-Tag": "noindex" },
  });
}
