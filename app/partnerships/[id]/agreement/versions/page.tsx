import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { VersionList } from "@/components/agreement/version-list";
import { Container } from "@/components/ui/container";
import { requireMember } from "@/server/auth/require-member";
import { caller } from "@/trpc/server";

export const metadata: Metadata = { title: "Versions of your agreement", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

/** The partnership and its versions, or Next's not-found page for a stranger or a malformed id. */
async function load(partnershipId: string) {
  const api = await caller();
  try {
    return await Promise.all([api.partnerships.get({ partnershipId }), api.agreement.versions({ partnershipId }), api.account.me()]);
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
}

export default async function AgreementVersionsPage({ params }: Props) {
  const { id } = await params;
  await requireMember(`/partnerships/${encodeURIComponent(id)}/agreement/versions`);
  const [partnership, list, me] = await load(id);
  const partnerName = partnership.partner.displayName;

  return (
    <Container width="prose" className="py-12 sm:py-16">
      <p className="flex flex-wrap gap-x-6 gap-y-2">
        <Link href={`/partnerships/${encodeURIComponent(id)}`}>Back to your partnership</Link>
        <Link href={`/partnerships/${encodeURIComponent(id)}/agreement`}>Your agreement</Link>
      </p>
      <h1 className="mt-4 text-3xl font-semibold tracking-tight break-words sm:text-4xl">Versions of your agreement</h1>
      <p className="mt-3 text-muted">
        Every version you or {partnerName} proposed, newest first, including the ones that didn&apos;t come into force. Open one to read it, print it or
        download it. Dates are in your timezone.
      </p>
      <VersionList partnershipId={partnership.id} versions={list.versions} more={list.more} partnerName={partnerName} zone={me.timezone} now={new Date()} />
    </Container>
  );
}
