import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EndFlow } from "@/components/endings/end-flow";
import { ScheduledEnding } from "@/components/endings/scheduled-ending";
import { dayTimeWords } from "@/components/requests/dates";
import { Alert } from "@/components/ui/alert";
import { Container } from "@/components/ui/container";
import { requireMember } from "@/server/auth/require-member";
import { caller } from "@/trpc/server";

export const metadata: Metadata = { title: "End your partnership", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

async function load(partnershipId: string) {
  const api = await caller();
  try {
    return await Promise.all([api.partnerships.get({ partnershipId }), api.endings.status({ partnershipId }), api.account.me()]);
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
}

/** Ending a partnership gracefully (PRODUCT.md §9): only for an active or paused one, once. */
export default async function EndPartnershipPage({ params }: Props) {
  const { id } = await params;
  await requireMember(`/partnerships/${encodeURIComponent(id)}/end`);
  const [partnership, status, me] = await load(id);
  const back = `/partnerships/${encodeURIComponent(partnership.id)}`;
  const name = partnership.partner.displayName;
  const now = new Date();

  return (
    <Container width="prose" className="py-12 sm:py-16">
      <p>
        <Link href={back}>← Your partnership with {name}</Link>
      </p>
      <h1 className="mt-4 text-3xl font-semibold tracking-tight break-words sm:text-4xl">Ending your partnership with {name}</h1>
      {partnership.status === "ENDED" ? (
        <Alert tone="info" role="note" className="mt-8" title="This partnership has already ended">
          <p>
            Everything you shared stays on <Link href={back}>your partnership page</Link>, where you can also write a private reflection.
          </p>
        </Alert>
      ) : partnership.status === "DRAFTING" ? (
        <Alert tone="info" role="note" className="mt-8" title="Your partnership hasn't started yet">
          <p>
            Until you&apos;ve both signed, you can simply decide not to go ahead, from <Link href={back}>your partnership page</Link>.
          </p>
        </Alert>
      ) : status.ending ? (
        <ScheduledEnding ending={status.ending} partnerName={name} zone={me.timezone} now={now} />
      ) : (
        <EndFlow
          partnershipId={partnership.id}
          partnerName={name}
          paused={partnership.status === "PAUSED"}
          nextCheckIn={status.nextCheckInAt ? dayTimeWords(status.nextCheckInAt, me.timezone, now) : null}
        />
      )}
    </Container>
  );
}
