import type { Metadata } from "next";
import { DateTime } from "luxon";
import { FeedSettings } from "@/components/calendar/feed-settings";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { requireMember } from "@/server/auth/require-member";
import { caller } from "@/trpc/server";
import { SettingsNav } from "../settings-nav";

export const metadata: Metadata = { title: "Calendar settings", robots: { index: false } };

export default async function CalendarSettingsPage() {
  await requireMember("/settings/calendar");
  const api = await caller();
  const [me, feed] = await Promise.all([api.account.me(), api.calendar.feed()]);
  const since = feed.createdAt ? DateTime.fromJSDate(feed.createdAt, { zone: me.timezone }).setLocale("en-GB").toFormat("d LLLL yyyy") : null;

  return (
    <Container width="prose" className="py-12 sm:py-16">
      <p className="font-medium text-muted">Settings</p>
      <h1 className="mt-1 text-3xl font-semibold tracking-tight sm:text-4xl">Calendar</h1>
      <p className="mt-3 text-lg text-muted">Your check-ins in the calendar you already use, kept up to date.</p>

      <div className="mt-6">
        <SettingsNav />
      </div>

      <div className="mt-8 space-y-6">
        <Card as="section" aria-labelledby="feed-heading">
          <CardTitle id="feed-heading">Your private calendar link</CardTitle>
          <CardDescription>
            Add this link to your calendar app (look for &ldquo;subscribe&rdquo; or &ldquo;add calendar from a link&rdquo;) and it shows the
            check-ins of every partnership you&apos;re in, with a reminder before each one. When an agreement changes, a pause starts or a
            partnership ends, the calendar follows the next time your app checks, which can take a few hours.
          </CardDescription>
          <p className="mt-3 text-muted">
            Anyone with this link can see when your check-ins are and your partners&apos; display names. Keep it private; make a new one any
            time. It holds no email addresses and none of your agreements&apos; words.
          </p>
          <div className="mt-6">
            <FeedSettings active={feed.active} since={since} />
          </div>
        </Card>
      </div>
    </Container>
  );
}
