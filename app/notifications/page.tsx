import { BellOff } from "lucide-react";
import type { Metadata } from "next";
import { MarkAllRead } from "@/components/notifications/mark-all-read";
import { NotificationList } from "@/components/notifications/notification-list";
import { SectionEmpty } from "@/components/requests/section-empty";
import { Container } from "@/components/ui/container";
import { requireMember } from "@/server/auth/require-member";
import { caller } from "@/trpc/server";

export const metadata: Metadata = { title: "Notifications", robots: { index: false } };

export default async function NotificationsPage() {
  await requireMember("/notifications");
  const api = await caller();
  const [{ items, unread }, me] = await Promise.all([api.notifications.list(), api.account.me()]);
  const now = new Date();

  return (
    <Container width="prose" className="py-12 sm:py-16">
      <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Notifications</h1>
      <p className="mt-3 text-lg text-muted">
        {unread === 0 ? "You're all caught up." : unread === 1 ? "You have 1 unread notification." : `You have ${unread} unread notifications.`}
      </p>
      {items.length > 0 ? <MarkAllRead unread={unread} /> : null}
      {items.length === 0 ? (
        <SectionEmpty icon={BellOff} title="Nothing here yet">
          <p>When someone asks you to be partners, or says yes to your request, you&apos;ll see it here.</p>
        </SectionEmpty>
      ) : (
        <NotificationList items={items} zone={me.timezone} now={now} />
      )}
    </Container>
  );
}
