import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { HistoryList } from "@/components/agreement/history-list";
import { Container } from "@/components/ui/container";
import { requireMember } from "@/server/auth/require-member";
import { caller } from "@/trpc/server";

export const metadata: Metadata = { title: "Changes to your agreement", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

/** The partnership and the draft's history, or Next's not-found page for a stranger or a malformed id. */
async function load(partnershipId: string) {
  const api = await caller();
  try {
    return await Promise.all([api.partnerships.get({ partnershipId }), api.agreement.history({ partnershipId }), api.account.me()]);
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
}

export default async function AgreementHistoryPage({ params }: Props) {
  const { id } = await params;
  await requireMember(`/partnerships/${encodeURIComponent(id)}/agreement/history`);
  const [partnership, history, me] = await load(id);
  const partnerName = partnership.partner.displayName;

  return (
    <Container width="prose" className="py-12 sm:py-16">
      <p>
        <Link href={`/partnerships/${encodeURIComponent(id)}/agreement`}>Back to your agreement</Link>
      </p>
      <h1 className="mt-4 text-3xl font-semibold tracking-tight break-words sm:text-4xl">Changes to your agreement</h1>
      <p className="mt-3 text-muted">
        Every change you and {partnerName} have saved, newest first. Edits one of you makes to a section within a few minutes show as one change. Times
        are in your timezone.
      </p>
      <HistoryList entries={history.entries} more={history.more} partnerName={partnerName} timezone={me.timezone} now={new Date()} />
    </Container>
  );
}
