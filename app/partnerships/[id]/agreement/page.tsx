import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AgreementEditor } from "@/components/agreement/lazy-agreement-editor";
import { NotGoingAhead } from "@/components/partnerships/not-going-ahead";
import { InForceAgreement } from "@/components/agreement/in-force-agreement";
import { OpenAmendment } from "@/components/agreement/open-amendment";
import { Alert } from "@/components/ui/alert";
import { Container } from "@/components/ui/container";
import { requireMember } from "@/server/auth/require-member";
import { orderPartners } from "@/shared/agreement/sections";
import { caller } from "@/trpc/server";

export const metadata: Metadata = { title: "Your agreement", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

/** The partnership and its draft, or Next's not-found page for a stranger or a malformed id. */
async function load(partnershipId: string) {
  const api = await caller();
  try {
    return await Promise.all([api.partnerships.get({ partnershipId }), api.agreement.load({ partnershipId }), api.account.me(), api.agreement.signing({ partnershipId })]);
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
}

export default async function AgreementPage({ params }: Props) {
  const { id } = await params;
  await requireMember(`/partnerships/${encodeURIComponent(id)}/agreement`);
  const [partnership, initial, me, signing] = await load(id);
  const partner = partnership.partner;
  const [a, b] = orderPartners({ memberId: me.id, name: me.displayName }, { memberId: partner.memberId, name: partner.displayName });

  return (
    <Container width="prose" className="py-8 sm:py-16">
      <p>
        <Link href={`/partnerships/${encodeURIComponent(id)}`}>Back to your partnership</Link>
      </p>
      <h1 className="mt-4 text-3xl font-semibold tracking-tight break-words sm:text-4xl">Your agreement with {partner.displayName}</h1>
      {partnership.status === "ENDED" ? (
        <>
          <Alert tone="info" role="note" title="This partnership has closed" titleAs="h2" className="mt-8">
            <p>
              Its agreement can no longer be edited, and it stays private between you and {partner.displayName}.{" "}
              <Link href={`/partnerships/${encodeURIComponent(id)}`}>See what this means</Link>, or look at <Link href="/matches">your suggestions</Link>.
            </p>
          </Alert>
          {signing.inForce ? <InForceAgreement partnershipId={partnership.id} version={signing.inForce} names={{ a: a.name, b: b.name }} /> : null}
        </>
      ) : partnership.status === "DRAFTING" || signing.phase === "AMENDMENT_OPEN" || signing.phase === "AMENDMENT_PROPOSED" ? (
        <>
          {partnership.status === "DRAFTING" ? (
            <p className="mt-3 text-muted">
              You can both write here at once and see each other&apos;s changes as they happen. It started from your questionnaires: change anything
              that doesn&apos;t fit.
            </p>
          ) : null}
          <AgreementEditor
            partnershipId={id}
            initial={initial}
            names={{ a: a.name, b: b.name }}
            ownSlot={a.memberId === me.id ? "a" : "b"}
            signing={{ initial: signing, partnerName: partner.displayName }}
          />
          {partnership.status === "DRAFTING" ? <NotGoingAhead partnershipId={id} partnerName={partner.displayName} /> : null}
        </>
) : signing.inForce ? (
        <>
          {partnership.status === "ACTIVE" || partnership.status === "PAUSED" ? (
            <div className="mt-8">
              <OpenAmendment partnershipId={id} partnerName={partner.displayName} />
            </div>
          ) : null}
          <InForceAgreement partnershipId={partnership.id} version={signing.inForce} names={{ a: a.name, b: b.name }} />
        </>
      ) : (
        <Alert tone="info" role="note" title="This agreement can no longer be edited" titleAs="h2" className="mt-8">
          <p>This partnership isn&apos;t drafting any more, so its agreement stays as it was.</p>
        </Alert>
      )}
      <nav aria-label="This agreement's past" className="mt-12 space-y-1 border-t border-line pt-6">
        <p>
          <Link href={`/partnerships/${encodeURIComponent(id)}/agreement/history`}>See every change so far</Link>
        </p>
        <p>
          <Link href={`/partnerships/${encodeURIComponent(id)}/agreement/versions`}>Every version proposed so far</Link>
        </p>
      </nav>
    </Container>
  );
}
