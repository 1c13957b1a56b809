import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Milestones } from "@/components/progress/milestones";
import { ProgressCharts } from "@/components/progress/progress-charts";
import { Container } from "@/components/ui/container";
import { requireMember } from "@/server/auth/require-member";
import { caller } from "@/trpc/server";

export const metadata: Metadata = { title: "Progress", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

const notFoundCodes = new Set(["NOT_FOUND", "BAD_REQUEST"]);

async function load(partnershipId: string) {
  const api = await caller();
  try {
    return await Promise.all([api.partnerships.get({ partnershipId }), api.checkIns.progress({ partnershipId })]);
  } catch (error) {
    if (error instanceof TRPCError && notFoundCodes.has(error.code)) notFound();
    throw error;
  }
}

/** Check-ins kept, mood and energy, and commitments done over the last twelve weeks, with the milestones reached. */
export default async function ProgressPage({ params }: Props) {
  const { id } = await params;
  await requireMember(`/partnerships/${encodeURIComponent(id)}/progress`);
  const [partnership, progress] = await load(id);
  const name = partnership.partner.displayName;
  const checkIns = `/partnerships/${encodeURIComponent(partnership.id)}/check-ins`;

  return (
    <Container width="prose" className="py-12 sm:py-16">
      <p>
        <Link href={checkIns}>Back to your check-ins</Link>
      </p>
      <h1 className="mt-4 text-3xl font-semibold tracking-tight break-words sm:text-4xl">Your progress with {name}</h1>
      {progress.totalCheckIns === 0 ? (
        <p className="mt-6" data-testid="progress-empty">
          Your progress will show here after your first check-in. <Link href={checkIns}>See your check-ins</Link>.
        </p>
      ) : (
        <>
          <p className="mt-4 text-muted">
            The last 12 weeks, in your timezone. Mood and energy you kept private stay with you, and {name}&apos;s show here only where they shared them.
          </p>
          <Milestones milestones={progress.milestones} zone={progress.timeZone} now={new Date()} />
          <ProgressCharts weeks={progress.weeks} feelings={progress.feelings} zone={progress.timeZone} partnerName={name} />
        </>
      )}
    </Container>
  );
}
