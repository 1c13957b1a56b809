import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ScheduledEnding } from "@/components/endings/scheduled-ending";
import { EndedState } from "@/components/partnerships/ended-state";
import { dayWords } from "@/components/requests/dates";
import { NotGoingAhead } from "@/components/partnerships/not-going-ahead";
import { SafetyActions } from "@/components/safety/safety-actions";
import { InForceAgreement } from "@/components/agreement/in-force-agreement";
import { CheckInCalendarDownload } from "@/components/check-ins/calendar-download";
import { UpcomingCheckIns } from "@/components/check-ins/upcoming-check-ins";
import { ReviewCard } from "@/components/reviews/review-card";
import { signingStatusWords } from "@/components/agreement/signing-words";
import { PartnershipNextStep, type NextStep } from "@/components/partnerships/next-step";
import { PartnerCard } from "@/components/partnerships/partner-card";
import { PauseCard } from "@/components/pauses/pause-card";
import { StatusBadge } from "@/components/partnerships/status-badge";
import { Timeline } from "@/components/partnerships/timeline";
import { WhatHappensNext } from "@/components/partnerships/what-happens-next";
import { Container } from "@/components/ui/container";
import { requireMember } from "@/server/auth/require-member";
import { orderPartners } from "@/shared/agreement/sections";
import { caller } from "@/trpc/server";

export const metadata: Metadata = { title: "Your partnership", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

/** The partnership, or Next's not-found page: a malformed id and someone else's partnership look the same. */
async function loadPartnership(partnershipId: string) {
  const api = await caller();
  try {
    return await api.partnerships.get({ partnershipId });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
}

export default async function PartnershipPage({ params }: Props) {
  const { id } = await params;
  await requireMember(`/partnerships/${encodeURIComponent(id)}`);
  const api = await caller();
  const [partnership, me] = await Promise.all([loadPartnership(id), api.account.me()]);
  const current = partnership.status === "ACTIVE" || partnership.status === "PAUSED";
  const ended = partnership.status === "ENDED";
  const [signing, upcoming, pauses, reviews, endingStatus, reflection] = await Promise.all([
    api.agreement.signing({ partnershipId: partnership.id }),
    current ? api.calendar.upcoming({ partnershipId: partnership.id }) : Promise.resolve([]),
    current ? api.pauses.current({ partnershipId: partnership.id }) : Promise.resolve(null),
    partnership.status === "DRAFTING" ? Promise.resolve([]) : api.reviews.list({ partnershipId: partnership.id }),
    current ? api.endings.status({ partnershipId: partnership.id }) : Promise.resolve(null),
    ended ? api.endings.reflection({ partnershipId: partnership.id }) : Promise.resolve(null),
  ]);
  const endedAt = partnership.timeline.findLast((event) => event.type === "ENDED")?.at ?? null;
  const now = new Date();
  const name = partnership.partner.displayName;
  const [a, b] = orderPartners({ memberId: me.id, name: me.displayName }, { memberId: partnership.partner.memberId, name });
  const names = { a: a.name, b: b.name };
  const base = `/partnerships/${encodeURIComponent(partnership.id)}`;
  const amendmentOpen = signing.phase === "AMENDMENT_OPEN" || signing.phase === "AMENDMENT_PROPOSED";
  const nextStep: NextStep | null =
    partnership.status === "DRAFTING"
      ? { href: `${base}/agreement`, label: "Open your agreement", note: signingStatusWords(signing, name, names) }
      : amendmentOpen && !ended
        ? { href: `${base}/agreement`, label: "Open the change", note: signingStatusWords(signing, name, names) }
        : current && signing.inForce
          ? { href: `${base}/check-ins`, label: "Log a check-in" }
          : null;

  return (
    <Container width="prose" className="py-8 sm:py-16">
      <h1 className="text-3xl font-semibold tracking-tight break-words sm:text-4xl">
        {partnership.status === "ENDED" ? `Your partnership with ${name}` : `You and ${name} are partners`}
      </h1>
      <div className="mt-4">
        <StatusBadge status={partnership.status} pausedUntil={partnership.pausedUntil} zone={me.timezone} />
      </div>
      {nextStep ? <PartnershipNextStep step={nextStep} /> : null}
      {ended ? (
        <EndedState
          ending={partnership.ending}
          partnerName={name}
          partnershipId={partnership.id}
          endedOn={endedAt ? dayWords(endedAt, me.timezone, now) : null}
          reflection={reflection?.text ?? null}
        />
      ) : null}
      {endingStatus?.ending ? <ScheduledEnding ending={endingStatus.ending} partnerName={name} zone={me.timezone} now={now} /> : null}
      {/* What may be waiting on the member comes first: a pause to answer, a review to fill in. */}
      {pauses && signing.inForce ? <PauseCard partnershipId={partnership.id} partnerName={name} pauses={pauses} zone={me.timezone} now={now} /> : null}
      <ReviewCard partnershipId={partnership.id} reviews={reviews} partnerName={name} zone={me.timezone ?? "UTC"} now={now} />
      <PartnerCard partner={partnership.partner} now={now} viewerZone={me.timezone} />
      {partnership.status === "DRAFTING" ? <WhatHappensNext partnerName={name} /> : null}
      {partnership.status !== "DRAFTING" && signing.inForce ? <InForceAgreement partnershipId={partnership.id} version={signing.inForce} names={names} ended={ended} /> : null}
      {current ? <UpcomingCheckIns item={upcoming[0] ?? null} viewerZone={me.timezone} /> : null}
      {current && signing.inForce ? (
        <CheckInCalendarDownload partnershipId={partnership.id} partnerName={name} />
      ) : null}
      <Timeline events={partnership.timeline} partnerName={name} zone={me.timezone} now={now} />
      {partnership.status === "DRAFTING" ? <NotGoingAhead partnershipId={partnership.id} partnerName={name} /> : null}
      {current && !endingStatus?.ending ? (
        <p className="mt-12 border-t border-line pt-8 text-muted">
          Thinking about stepping away? You can{" "}
          <Link href={`${base}/end`}>end this partnership</Link>, gently and in your own words.
        </p>
      ) : null}
      <section aria-labelledby="safety-heading" className="mt-12 space-y-3 border-t border-line pt-8">
        <h2 id="safety-heading" className="text-lg font-semibold">
          Safety
        </h2>
        <p className="text-muted">
          If something {name} said or did worries you, you can tell us or block them. For urgent help, see <Link href="/help">support and crisis lines</Link>.
        </p>
        <SafetyActions memberId={partnership.partner.memberId} name={name} about="PARTNERSHIP" id={partnership.id} leaveTo="/partnerships" />
      </section>
    </Container>
  );
}
