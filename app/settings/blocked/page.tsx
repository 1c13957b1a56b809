import { ShieldCheck } from "lucide-react";
import type { Metadata } from "next";
import { dayWords } from "@/components/requests/dates";
import { PageStatusProvider } from "@/components/requests/page-status";
import { SectionEmpty } from "@/components/requests/section-empty";
import { UnblockButton } from "@/components/safety/unblock-button";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { requireMember } from "@/server/auth/require-member";
import { caller } from "@/trpc/server";
import { SettingsNav } from "../settings-nav";

export const metadata: Metadata = { title: "Blocked members", robots: { index: false } };

export default async function BlockedMembersPage() {
  await requireMember("/settings/blocked");
  const api = await caller();
  const [blocked, me] = await Promise.all([api.blocks.list(), api.account.me()]);
  const now = new Date();

  return (
    <Container width="prose" className="py-12 sm:py-16">
      <p className="font-medium text-muted">Settings</p>
      <h1 className="mt-1 text-3xl font-semibold tracking-tight sm:text-4xl">Blocked members</h1>
      <p className="mt-3 text-lg text-muted">
        People you blocked don&apos;t see you anywhere on Tandem, and you don&apos;t see them. They aren&apos;t told.
      </p>

      <div className="mt-6">
        <SettingsNav />
      </div>

      <PageStatusProvider>
        {blocked.length === 0 ? (
          <SectionEmpty icon={ShieldCheck} title="You haven't blocked anyone">
            <p>
              If someone makes you uncomfortable, you can block them from their suggestion, their request or your partnership. They
              won&apos;t be told, and you won&apos;t see each other again.
            </p>
          </SectionEmpty>
        ) : (
          <ul className="mt-8 space-y-4" aria-label="Members you blocked">
            {blocked.map((member) => (
              <Card as="li" key={member.memberId} className="space-y-3">
                <div>
                  <p className="text-lg font-semibold break-words">{member.displayName}</p>
                  <p className="text-sm text-muted">
                    Blocked on <time dateTime={member.blockedAt.toISOString()}>{dayWords(member.blockedAt, me.timezone, now)}</time>
                  </p>
                </div>
                <UnblockButton memberId={member.memberId} name={member.displayName} />
              </Card>
            ))}
          </ul>
        )}
      </PageStatusProvider>
    </Container>
  );
}
