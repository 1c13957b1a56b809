import type { Metadata } from "next";
import { NotificationPreferencesForm } from "@/components/settings/notification-preferences-form";
import { Container } from "@/components/ui/container";
import { requireMember } from "@/server/auth/require-member";
import { caller } from "@/trpc/server";
import { SettingsNav } from "../settings-nav";

export const metadata: Metadata = { title: "Notification settings", robots: { index: false } };

export default async function NotificationSettingsPage() {
  await requireMember("/settings/notifications");
  const api = await caller();
  const preferences = await api.notifications.preferences();

  return (
    <Container width="prose" className="py-12 sm:py-16">
      <p className="font-medium text-muted">Settings</p>
      <h1 className="mt-1 text-3xl font-semibold tracking-tight sm:text-4xl">Notifications</h1>
      <p className="mt-3 text-lg text-muted">
        Choose how we tell you about each kind of update. Our emails never name anyone or quote what they wrote, in case someone else
        reads your inbox.
      </p>

      <div className="mt-6">
        <SettingsNav />
      </div>

      <div className="mt-8">
        <NotificationPreferencesForm initial={preferences} />
      </div>
    </Container>
  );
}
