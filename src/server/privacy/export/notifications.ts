import "server-only";
import { listNotifications } from "@/server/notifications/service";
import { getPreferences } from "@/server/notifications/preferences";
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

/** Each notification type's choice (defaults included) and quiet hours, as the settings page shows them. */
export const notificationPreferencesSection: ExportSection = {
  key: "notificationPreferences",
  describes: "How each kind of notification reaches you (notifications and email, notifications only, or off), and your quiet hours.",
  read: async (db, memberId) => {
    const view = await getPreferences(db, memberId);
    return {
      choices: Object.fromEntries(view.groups.flatMap((group) => group.types.map((t) => [t.type, t.choice]))),
      quietHours: { ...view.quietHours, timezone: view.timezone },
    };
  },
};
