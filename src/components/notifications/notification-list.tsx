import { Bell, BellDot } from "lucide-react";
import { dayTimeWords } from "@/components/requests/dates";
import { cn } from "@/components/ui/cn";
import type { NotificationItem } from "@/trpc/outputs";
import { NotificationLink } from "./notification-link";

/** Newest first; an unread notice is marked with a different icon, a tinted edge and the word "New". */
export function NotificationList({ items, zone, now }: { items: NotificationItem[]; zone: string | null; now: Date }) {
  return (
    <ul className="mt-6 space-y-3">
      {items.map((item) => {
        const unread = item.readAt === null;
        const Icon = unread ? BellDot : Bell;
        return (
          <li
            key={item.id}
            className={cn("flex gap-3 rounded-2xl border p-4 sm:p-5", unread ? "border-l-4 border-primary bg-primary-soft" : "border-line bg-surface")}
          >
            <Icon aria-hidden="true" className={cn("mt-0.5 size-5 shrink-0", unread ? "text-primary-text" : "text-muted")} />
            <div className="min-w-0 space-y-1">
              <p className={cn("break-words", unread && "font-semibold")}>
                {unread ? <span className="mr-2 rounded-full bg-primary px-2 py-0.5 text-xs font-semibold text-primary-fg">New</span> : null}
                {item.text}
              </p>
              <p className="text-sm text-muted">
                <time dateTime={item.createdAt.toISOString()}>{dayTimeWords(item.createdAt, zone, now)}</time>
              </p>
              <p>
                <NotificationLink id={item.id} href={item.href} unread={unread}>
                  {item.action}
                </NotificationLink>
              </p>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
