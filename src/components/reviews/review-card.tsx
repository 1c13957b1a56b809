import Link from "next/link";
import { dayWords } from "@/components/requests/dates";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardDescription, CardFooter, CardTitle } from "@/components/ui/card";
import { reviewStatusWords, reviewTitle } from "./review-words";

export type ListedReview = {
  id: string;
  kind: "TRIAL" | "QUARTERLY";
  number: number;
  dueAt: Date;
  status: "OPEN" | "REVEALED" | "CLOSED";
  answeredByMe: boolean;
  answeredByPartner: boolean;
};

type Props = { partnershipId: string; reviews: ListedReview[]; partnerName: string; zone: string; now: Date };

/**
 * On the partnership page: the review waiting for answers, if there is one, and a short list of
 * past reviews with their dates. Nothing at all before the first review falls due.
 */
export function ReviewCard({ partnershipId, reviews, partnerName, zone, now }: Props) {
  if (reviews.length === 0) return null;
  const pathOf = (reviewId: string) => `/partnerships/${encodeURIComponent(partnershipId)}/reviews/${encodeURIComponent(reviewId)}`;
  const open = reviews.find((r) => r.status === "OPEN");
  const past = reviews.filter((r) => r.id !== open?.id).slice(0, 5);

  return (
    <section aria-labelledby="reviews-heading" className="mt-10 space-y-4">
      <h2 id="reviews-heading" className="text-xl font-semibold">
        Your reviews
      </h2>
      {open ? (
        <Card>
          <CardTitle as="h3">{reviewTitle(open)} is ready</CardTitle>
          <CardDescription>
            {open.answeredByMe
              ? `Thanks for answering. We'll let you know when ${partnerName} has answered too; then you'll see both side by side.`
              : `Answer a few questions on your own — only you see your answers until you've both finished.${open.answeredByPartner ? ` ${partnerName} has answered already.` : ""}`}
          </CardDescription>
          <CardFooter>
            <ButtonLink href={pathOf(open.id)} variant={open.answeredByMe ? "secondary" : "primary"}>
              {open.answeredByMe ? "See your review" : "Start your review"}
            </ButtonLink>
          </CardFooter>
        </Card>
      ) : null}
      {past.length > 0 ? (
        <div>
          <h3 className="font-medium">Past reviews</h3>
          <ul className="mt-2 space-y-2">
            {past.map((review) => (
              <li key={review.id}>
                <Link href={pathOf(review.id)}>{reviewTitle(review)}</Link>
                <span className="text-muted">
                  {" "}
                  · {dayWords(review.dueAt, zone, now)} · {reviewStatusWords[review.status]}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
