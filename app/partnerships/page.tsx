import { Handshake } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { NameWithPronouns } from "@/components/matches/person-details";
import { StandingNote } from "@/components/partnerships/standing-note";
import { StatusBadge } from "@/components/partnerships/status-badge";
import { dayWords } from "@/components/requests/dates";
import { SectionEmpty } from "@/components/requests/section-empty";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { requireMember } from "@/server/auth/require-member";
import { caller } from "@/trpc/server";

export const metadata: Metadata = { title: "Partnerships", robots: { index: false } };

export default async function PartnershipsPage() {
  await requireMember("/partnerships");
  const api = await caller();
  const [partnerships, me] = await Promise.all([api.partnerships.list(), api.account.me()]);
  const now = new Date();

  return (
    <Container width="prose" className="py-12 sm:py-16">
      <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Your partnerships</h1>
      {partnerships.length === 0 ? (
        <SectionEmpty icon={Handshake} title="No partnerships yet">
          <p>
            A partnership starts when you and someone else both say yes to a request. You can find people on{" "}
            <Link href="/matches">your suggestions</Link> and see answers on <Link href="/requests">your requests</Link>.
          </p>
        </SectionEmpty>
      ) : (
        <ul className="mt-8 space-y-4">
          {partnerships.map((p) => (
            <Card as="li" key={p.id} className="space-y-3">
              <h2 className="text-xl font-semibold break-words">
                <Link href={`/partnerships/${p.id}`} className="text-primary-text underline underline-offset-4">
                  <span className="sr-only">Your partnership with </span>
                  <NameWithPronouns person={p.partner} />
                </Link>
              </h2>
              <StatusBadge status={p.status} pausedUntil={p.pausedUntil} zone={me.timezone} />
              <p className="text-sm text-muted">
                Started <time dateTime={p.createdAt.toISOString()}>{dayWords(p.createdAt, me.timezone, now)}</time>
              </p>
              <StandingNote partnership={p} zone={me.timezone} now={now} />
            </Card>
          ))}
        </ul>
      )}
    </Container>
  );
}
