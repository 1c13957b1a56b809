import "server-only";
import { listNotifications } from "@/server/notifications/service";
import { exportLimits, type ExportSection } from "./section";

/** Notifications as the member reads them, names filled in. */
export const notificationsSection: ExportSection = {
  key: "notifications",
  describes: "Your notifications, in the words you saw them, with when they arrived and when you read them.",
  read: async (db, memberId) => {
    const { items } = await listNotifications(db, memberId, exportLimits.notifications);
    return items.map((n) => ({ type: n.type, text: n.text, link: n.href, createdAt: n.createdAt, readAt: n.readAt }));
  },
};
