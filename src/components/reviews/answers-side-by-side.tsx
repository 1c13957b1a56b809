import { Card, CardTitle } from "@/components/ui/card";
import { preferenceWords, type ReviewPreference } from "@/shared/reviews/next-step";
import { ratingKeys } from "@/shared/reviews/schemas";
import { ratingText, ratingWords } from "./review-words";

export type ShownAnswer = { commitment: number; scheduleFit: number; values: number; communication: number; working: string; change: string; preference: ReviewPreference };

function AnswerCard({ title, answer }: { title: string; answer: ShownAnswer }) {
  return (
    <Card as="section" aria-label={title}>
      <CardTitle as="h3">{title}</CardTitle>
      <dl className="mt-4 space-y-3">
        {ratingKeys.map((key) => (
          <div key={key}>
            <dt className="text-sm text-muted">{ratingWords[key].short}</dt>
            <dd className="font-medium">{ratingText(key, answer[key])}</dd>
          </div>
        ))}
        <div>
          <dt className="text-sm text-muted">What&apos;s working</dt>
          <dd className="whitespace-pre-line break-words">{answer.working || "Nothing written"}</dd>
        </div>
        <div>
          <dt className="text-sm text-muted">What to change</dt>
          <dd className="whitespace-pre-line break-words">{answer.change || "Nothing written"}</dd>
        </div>
        <div>
          <dt className="text-sm text-muted">Would like to</dt>
          <dd className="font-medium">{preferenceWords[answer.preference].label.toLowerCase()}</dd>
        </div>
      </dl>
    </Card>
  );
}

/** Both answers, side by side on a wide screen and stacked (yours first) on a phone. */
export function AnswersSideBySide({ mine, partner, partnerName }: { mine: ShownAnswer; partner: ShownAnswer; partnerName: string }) {
  return (
    <div className="mt-6 grid gap-4 md:grid-cols-2">
      <AnswerCard title="Your answers" answer={mine} />
      <AnswerCard title={`${partnerName}'s answers`} answer={partner} />
    </div>
  );
}
