import { Pencil } from "lucide-react";
import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { answerSteps, steps, type AnswerStepId } from "@/shared/onboarding/questionnaire";
import type { StepAnswers } from "@/shared/onboarding/schemas";
import { answerRows, type AnswerRow } from "./answer-words";

const editLinkClass =
  "inline-flex min-h-11 shrink-0 items-center gap-1.5 rounded-xl px-3 font-medium text-primary-text underline underline-offset-4 " +
  "hover:bg-primary-soft focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-focus";

/** "Edit", read out as "Edit About you". */
export function EditStepLink({ step, className }: { step: AnswerStepId; className?: string }) {
  const title = steps.find((s) => s.id === step)?.title ?? step;
  return (
    <Link href={`/onboarding/${step}`} className={cn(editLinkClass, className)}>
      <Pencil aria-hidden="true" className="size-4" />
      Edit<span className="sr-only"> {title}</span>
    </Link>
  );
}

export function AnswerList({ rows, className }: { rows: AnswerRow[]; className?: string }) {
  return (
    <dl className={cn("divide-y divide-line", className)}>
      {rows.map((row) => (
        <div key={row.label} className="grid gap-1 py-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] sm:gap-4">
          <dt className="font-medium text-muted">{row.label}</dt>
          <dd className="min-w-0 break-words text-fg">
            {Array.isArray(row.value) ? (
              row.value.length === 0 ? (
                "None chosen"
              ) : (
                <ul className="space-y-0.5">
                  {row.value.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>
              )
            ) : (
              <span className="whitespace-pre-line">{row.value}</span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Every saved answer in words, one section per step, each with its "Edit" link. */
export function AnswersSummary({ answers, headingLevel = "h2" }: { answers: Partial<StepAnswers>; headingLevel?: "h2" | "h3" }) {
  const Heading = headingLevel;
  return (
    <div className="space-y-6">
      {answerSteps.map((step) => {
        const title = steps.find((s) => s.id === step)!.title;
        const stepAnswers = answers[step];
        const headingId = `review-${step}`;
        return (
          <section key={step} aria-labelledby={headingId} className="rounded-2xl border border-line bg-surface p-5 shadow-soft sm:p-6">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <Heading id={headingId} className="text-lg font-semibold">
                {title}
              </Heading>
              <EditStepLink step={step} className="-mr-3" />
            </div>
            {stepAnswers ? (
              <AnswerList rows={answerRows(step, stepAnswers as never)} className="mt-2" />
            ) : (
              <p className="mt-2 text-muted">Not answered yet.</p>
            )}
          </section>
        );
      })}
    </div>
  );
}
