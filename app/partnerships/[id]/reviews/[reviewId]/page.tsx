import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { dayWords } from "@/components/requests/dates";
import { AnswersSideBySide } from "@/components/reviews/answers-side-by-side";
import { ReviewNextSteps } from "@/components/reviews/next-steps";
import { ReviewForm } from "@/components/reviews/review-form";
import { ratingText, ratingWords, reviewTitle } from "@/components/reviews/review-words";
import { Alert } from "@/components/ui/alert";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { requireMember } from "@/server/auth/require-member";
import { preferenceWords } from "@/shared/reviews/next-step";
import { ratingKeys } from "@/shared/reviews/schemas";
import { caller } from "@/trpc/server";

export const metadata: Metadata = { title: "Your review", robots: { index: false } };

type Props = { params: Promise<{ id: string; reviewId: string }> };

/** The review and its partnership, or Next's not-found page: a malformed id and someone else's review look the same. */
async function load(partnershipId: string, reviewId: string) {
  const api = await caller();
  try {
    const [partnership, me, review] = await Promise.all([api.partnerships.get({ partnershipId }), api.account.me(), api.reviews.get({ reviewId })]);
    if (review.partnershipId !== partnership.id) notFound();
    return { partnership, me, review };
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
}

export default async function ReviewPage({ params }: Props) {
  const { id, reviewId } = await params;
  await requireMember(`/partnerships/${encodeURIComponent(id)}/reviews/${encodeURIComponent(reviewId)}`);
  const { partnership, me, review } = await load(id, reviewId);
  const name = partnership.partner.displayName;
  const now = new Date();
  const zone = me.timezone ?? "UTC";
  const back = `/partnerships/${encodeURIComponent(partnership.id)}`;
  const current = review.partnershipStatus === "ACTIVE" || review.partnershipStatus === "PAUSED";

  return (
    <Container width="prose" className="py-12 sm:py-16">
      <p>
        <Link href={back}>Back to your partnership with {name}</Link>
      </p>
      <h1 className="mt-4 text-3xl font-semibold tracking-tight break-words sm:text-4xl">{reviewTitle(review)}</h1>
      <p className="mt-3 text-lg text-muted">
        A moment to look back on your partnership with {name}, due {dayWords(review.dueAt, zone, now)}.
      </p>

      {review.status === "CLOSED" ? (
        <Alert tone="info" className="mt-8">
          This review closed when your partnership ended, before you had both answered, so nothing from it was shared.
        </Alert>
      ) : null}

      {review.status === "OPEN" && !review.mine && current ? (
        <>
          {review.partnerAnswered ? <p className="mt-6">{name} has already answered. Their answers stay hidden until you&apos;ve sent yours.</p> : null}
          <ReviewForm reviewId={review.id} partnerName={name} />
        </>
      ) : null}

      {review.status === "OPEN" && review.mine ? (
        <Card className="mt-8" as="section" aria-labelledby="waiting-heading">
          <CardTitle id="waiting-heading">Thank you — your answers are in</CardTitle>
          <CardDescription>
            We&apos;ll let you know when {name} has answered too. Then you&apos;ll both see your answers side by side, with a suggested next step. There&apos;s no rush.
          </CardDescription>
          <details className="mt-4">
            <summary className="cursor-pointer font-medium">What you sent (only you can see this for now)</summary>
            <dl className="mt-3 space-y-2">
              {ratingKeys.map((key) => (
                <div key={key}>
                  <dt className="text-sm text-muted">{ratingWords[key].short}</dt>
                  <dd>{ratingText(key, review.mine![key])}</dd>
                </div>
              ))}
              <div>
                <dt className="text-sm text-muted">Would like to</dt>
                <dd>{preferenceWords[review.mine.preference].label.toLowerCase()}</dd>
              </div>
            </dl>
          </details>
        </Card>
      ) : null}

      {review.status === "REVEALED" && review.mine && review.partner && review.nextStep ? (
        <>
          <Card className="mt-8" as="section" aria-labelledby="next-step-heading">
            <CardTitle id="next-step-heading">Suggested next step: {preferenceWords[review.nextStep].label.toLowerCase()}</CardTitle>
            <CardDescription>{review.nextStepReason}</CardDescription>
            <div className="mt-6">
              <ReviewNextSteps
                reviewId={review.id}
                partnershipId={partnership.id}
                nextReviewDay={review.nextReviewAt ? dayWords(review.nextReviewAt, zone, now) : null}
                current={current}
                suggested={review.nextStep}
              />
            </div>
          </Card>
          <h2 className="mt-10 text-xl font-semibold">Your answers, side by side</h2>
          <AnswersSideBySide mine={review.mine} partner={review.partner} partnerName={name} />
        </>
      ) : null}
    </Container>
  );
}
