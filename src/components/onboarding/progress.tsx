import { Check } from "lucide-react";
import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { stepNumber, steps, type StepId } from "@/shared/onboarding/questionnaire";

export type StepStatus = "done" | "current" | "upcoming";

/** Where each step stands: saved steps are done, the page's own step is current. */
export function stepStatuses(current: StepId, completedSteps: number, finished: boolean): StepStatus[] {
  return steps.map((s, index) => {
    if (s.id === current) return "current";
    if (finished || index < completedSteps) return "done";
    return "upcoming";
  });
}

const statusWords: Record<StepStatus, string> = { done: "done", current: "current step", upcoming: "not started" };

/**
 * The questionnaire's progress: "Step 3 of 7: Schedule", a bar, and every step by name with its
 * status in words and shape (a tick for saved steps, a filled circle for this one). Steps the member
 * may open (saved ones, and the next one) are links.
 */
export function OnboardingProgress({ current, completedSteps, finished }: { current: StepId; completedSteps: number; finished: boolean }) {
  const n = stepNumber(current);
  const statuses = stepStatuses(current, completedSteps, finished);
  const reachable = (index: number) => finished || index <= completedSteps;
  const saved = finished ? steps.length : completedSteps;

  return (
    <nav aria-labelledby="progress-heading" className="space-y-3">
      <p id="progress-heading" className="font-medium text-muted">
        Step {n} of {steps.length}: {steps[n - 1]?.title}
      </p>
      <div aria-hidden="true" className="h-2 overflow-hidden rounded-full bg-surface-2">
        <div
          className="h-full rounded-full bg-primary motion-safe:transition-[width] motion-safe:duration-300"
          style={{ width: `${(Math.max(n, saved) / steps.length) * 100}%` }}
        />
      </div>
      <ol className="grid grid-cols-7 gap-1">
        {steps.map((s, index) => {
          const status = statuses[index]!;
          const marker = (
            <span
              aria-hidden="true"
              className={cn(
                "flex size-8 shrink-0 items-center justify-center rounded-full border-2 text-sm font-semibold",
                status === "done" && "border-primary bg-primary-soft text-primary-text",
                status === "current" && "border-primary bg-primary text-primary-fg",
                status === "upcoming" && "border-line-strong bg-surface text-muted",
              )}
            >
              {status === "done" ? <Check className="size-4" strokeWidth={3} /> : index + 1}
            </span>
          );
          const words = (
            <>
              <span className={cn("hidden text-xs leading-tight sm:block", status === "current" ? "font-semibold text-fg" : "text-muted")}>
                {s.title}
              </span>
              <span className="sr-only">
                {/* Phones show only the markers; the name is always read out. */}
                <span className="sm:hidden">{s.title}</span> ({statusWords[status]})
              </span>
            </>
          );
          const inner = "flex min-h-11 flex-col items-center gap-1 rounded-xl px-0.5 py-1 text-center";
          return (
            <li key={s.id} aria-current={status === "current" ? "step" : undefined} className="min-w-0">
              {status !== "current" && reachable(index) ? (
                <Link
                  href={`/onboarding/${s.id}`}
                  className={cn(inner, "no-underline hover:bg-surface-2 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-focus")}
                >
                  {marker}
                  {words}
                </Link>
              ) : (
                <span className={inner}>
                  {marker}
                  {words}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
