import "server-only";
import type { Db, Tx } from "@/server/db/client";
import type { NotificationType } from "@/generated/prisma/client";
import { queueEmail } from "@/server/mail/outbox";
import { notificationEmail } from "./emails";

export type NotificationData = { requestId?: string; partnershipId?: string; fromMemberId?: string };

export type NotificationItem = { id: string; type: NotificationType; text: string; href: string; createdAt: Date; readAt: Date | null };

const listLimit = 50;

/**
 * Written in the caller's transaction, with its email in the outbox, so a notice exists exactly
 * when its cause does and is emailed once (PRODUCT.md §11: request received and accepted).
 */
export async function notify(tx: Tx, memberId: string, type: NotificationType, data: NotificationData): Promise<void> {
  await tx.notification.create({ data: { memberId, type, data } });
  const member = await tx.member.findUnique({ where: { id: memberId }, select: { email: true, displayName: true, status: true } });
  if (member?.status === "ACTIVE") await queueEmail(tx, { memberId, ...notificationEmail(type, member, data) });
}

function describe(type: NotificationType, data: NotificationData, name: string): { text: string; href: string } {
  switch (type) {
    case "REQUEST_RECEIVED":
      return { text: `${name} would like to be your accountability partner.`, href: "/requests" };
    case "REQUEST_ACCEPTED":
      return {
        text: `${name} accepted your request. You can start shaping your agreement together.`,
        href: data.partnershipId ? `/partnerships/${data.partnershipId}` : "/requests",
      };
  }
}

/** The member's newest notifications with their text; names are read now, so renames show. */
export async function listNotifications(db: Db, memberId: string): Promise<{ items: NotificationItem[]; unread: number }> {
  const [rows, unread] = await Promise.all([
    db.notification.findMany({ where: { memberId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: listLimit }),
    unreadCount(db, memberId),
  ]);
  const fromIds = [...new Set(rows.map((row) => (row.data as NotificationData).fromMemberId).filter((id): id is string => Boolean(id)))];
  const people = await db.member.findMany({ where: { id: { in: fromIds } }, select: { id: true, displayName: true, status: true } });
  const nameOf = new Map(people.map((p) => [p.id, p.status === "DELETED" ? "A former member" : p.displayName]));
  const items = rows.map((row) => {
    const data = row.data as NotificationData;
    const { text, href } = describe(row.type, data, nameOf.get(data.fromMemberId ?? "") ?? "Someone");
    return { id: row.id, type: row.type, text, href, createdAt: row.createdAt, readAt: row.readAt };
  });
  return { items, unread };
}

export function unreadCount(db: Db, memberId: string): Promise<number> {
  return db.notification.count({ where: { memberId, readAt: null } });
}

/** Marks the member's own notifications read; ids of anyone else's are ignored, never touched. */
export async function markRead(db: Db, memberId: string, ids: string[] | undefined, now = new Date()): Promise<{ unread: number }> {
  await db.notification.updateMany({ where: { memberId, readAt: null, ...(ids ? { id: { in: ids } } : {}) }, data: { readAt: now } });
  return { unread: await unreadCount(db, memberId) };
}
