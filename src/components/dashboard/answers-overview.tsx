import Link from "next/link";
import { AnswerList } from "@/components/onboarding/answers-summary";
import { Card, CardTitle } from "@/components/ui/card";
import { describeLocalSlots } from "@/shared/time/availability-summary";
import { checkInFrequencies, focusAreas, intendedLengths, labelOf, values } from "@/shared/onboarding/questionnaire";
import type { StepAnswers } from "@/shared/onboarding/schemas";

/** A compact version of the review: what they want support with, commitment, times and values. */
export function AnswersOverview({ answers }: { answers: Partial<StepAnswers> }) {
  const { about, commitment, schedule, values: valuesStep } = answers;
  const times = schedule ? describeLocalSlots(schedule.availability) : [];
  const rows = [
    ...(about ? [{ label: "Support with", value: about.focusAreas.map((f) => labelOf(focusAreas, f)).join(", ") }] : []),
    ...(commitment
      ? [
          {
            label: "Commitment",
            value: `${labelOf(checkInFrequencies, commitment.checkInFrequency)}, ${commitment.hoursPerWeek} ${commitment.hoursPerWeek === 1 ? "hour" : "hours"} a week, ${labelOf(intendedLengths, commitment.intendedLength).toLowerCase()}`,
          },
        ]
      : []),
    ...(schedule ? [{ label: `Usually free (${schedule.timezone})`, value: times.length > 0 ? times : "No times chosen yet" }] : []),
    ...(valuesStep ? [{ label: "Values", value: valuesStep.values.map((v) => labelOf(values, v)).join(", ") }] : []),
  ];

  return (
    <Card as="section" aria-labelledby="answers-heading" className="mt-8">
      <CardTitle id="answers-heading">Your answers</CardTitle>
      <AnswerList rows={rows} className="mt-2" />
      <p className="mt-4">
        <Link href="/settings/questionnaire" className="inline-flex min-h-11 items-center font-medium text-primary-text underline underline-offset-4">
          See or change all your answers
        </Link>
      </p>
    </Card>
  );
}
