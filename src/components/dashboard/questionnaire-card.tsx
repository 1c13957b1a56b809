import { ArrowRight, ClipboardList } from "lucide-react";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { steps } from "@/shared/onboarding/questionnaire";

/** The dashboard's main action until the questionnaire is finished: start it, or carry on. */
export function QuestionnaireCard({ completedSteps }: { completedSteps: number }) {
  const started = completedSteps > 0;
  const next = Math.min(completedSteps + 1, steps.length);
  const nextTitle = steps[next - 1]!.title;

  return (
    <Card as="section" aria-labelledby="questionnaire-heading" className="mt-8">
      <div className="flex gap-4">
        <span aria-hidden="true" className="flex size-10 shrink-0 items-center justify-center rounded-full bg-primary-soft text-primary-text">
          <ClipboardList className="size-5" />
        </span>
        <div className="min-w-0">
          <CardTitle id="questionnaire-heading">{started ? "Pick up where you left off" : "Your questionnaire"}</CardTitle>
          <CardDescription>
            {started
              ? `You've saved ${completedSteps} of ${steps.length - 1} steps. Next up: ${nextTitle}. Everything you've answered is kept.`
              : "Six short steps about what you're working on, when you're free and how you like to talk, then a look over your answers. It takes about ten minutes, and your answers save as you go."}
          </CardDescription>
        </div>
      </div>
      <div className="mt-5">
        <ButtonLink href="/onboarding" size="lg" className="w-full sm:w-auto">
          {started ? `Continue your questionnaire (step ${next} of ${steps.length})` : "Start your questionnaire"}
          <ArrowRight aria-hidden="true" />
        </ButtonLink>
      </div>
    </Card>
  );
}
