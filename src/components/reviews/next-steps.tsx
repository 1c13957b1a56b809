"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { errorMessage } from "@/components/forms/error-message";
import { useAction } from "@/components/forms/use-action";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import type { ReviewPreference } from "@/shared/reviews/next-step";
import { renegotiate as renegotiateAction } from "./actions";

type Props = {
  reviewId: string;
  partnershipId: string;
  /** "12 March", the next review's date if they carry on; null when unknown. */
  nextReviewDay: string | null;
  /** The ways on need a partnership still going. */
  current: boolean;
  /** The suggested step is the one main action; ending stays quiet even then (VOICE.md). */
  suggested: ReviewPreference;
};

/** The four ways on from a revealed review: keep going, change the agreement, pause, or end kindly. */
export function ReviewNextSteps({ reviewId, partnershipId, nextReviewDay, current, suggested }: Props) {
  const look = (step: ReviewPreference) => (step === suggested ? "primary" : "secondary");
  const router = useRouter();
  const base = `/partnerships/${encodeURIComponent(partnershipId)}`;
  const [continuing, setContinuing] = useState(false);
  const renegotiate = useAction(renegotiateAction);
  const openDraft = () =>
    renegotiate.mutate(
      { reviewId },
      {
        onSuccess: (result) => {
          if (!result.opened) return;
          router.push(`${base}/agreement`);
          router.refresh();
        },
      },
    );
  const alreadyOpen = renegotiate.data && !renegotiate.data.opened;
  if (!current) return <p className="text-muted">This partnership has ended, so there&apos;s nothing more to decide here.</p>;

  return (
    <div className="space-y-4">
      <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap">
        <Button variant={look("CONTINUE")} aria-expanded={continuing} aria-controls="continue-note" onClick={() => setContinuing(true)}>
          Keep going
        </Button>
        <Button variant={look("RENEGOTIATE")} onClick={openDraft} disabled={renegotiate.isPending}>
          {renegotiate.isPending ? "Opening a draft…" : "Change our agreement"}
        </Button>
        <ButtonLink variant={look("PAUSE")} href={`${base}/pause`}>
          Take a pause
        </ButtonLink>
        <ButtonLink variant={suggested === "END" ? "secondary" : "quiet"} href={`${base}/end`}>
          End the partnership
        </ButtonLink>
      </div>
      <div id="continue-note" aria-live="polite">
        {continuing ? (
          <p>{nextReviewDay ? `Lovely. Your agreement stays as it is, and your next review is due around ${nextReviewDay}.` : "Lovely. Your agreement stays as it is."}</p>
        ) : null}
      </div>
      {alreadyOpen ? (
        <Alert tone="info" role="status">
          A change to your agreement is already open, so we didn&apos;t add your review to it. <Link href={`${base}/agreement`}>Open the change</Link> to add what you both wrote.
        </Alert>
      ) : null}
      {renegotiate.error ? (
        <Alert tone="attention" role="alert">
          {errorMessage(renegotiate.error)}
        </Alert>
      ) : null}
    </div>
  );
}
