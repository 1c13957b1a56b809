import { CircleCheck, CircleDashed, ClipboardList, Handshake, Sparkles, Users, type LucideIcon } from "lucide-react";
import { cn } from "@/components/ui/cn";
import { steps as questionnaireSteps } from "@/shared/onboarding/questionnaire";

type Status = { done: boolean; words: string };
type Step = { icon: LucideIcon; title: string; body: string; status?: Status };

export type NextStepsProps = {
  emailVerified: boolean;
  /** Questionnaire steps saved so far (0–6). */
  completedSteps: number;
  finished: boolean;
  openToMatching: boolean;
};

/** "What happens next": the path from here to a partnership, with where the member is on it, in words. */
export function NextSteps({ emailVerified, completedSteps, finished, openToMatching }: NextStepsProps) {
  const answerSteps = questionnaireSteps.length - 1;
  const steps: Step[] = [
    {
      icon: ClipboardList,
      title: "Tell us about yourself",
      body: "A short questionnaire about what you're working on, when you're free and how you like to talk. Your answers save as you go, so you can stop and come back.",
      status: finished
        ? { done: true, words: "Done" }
        : completedSteps > 0
          ? { done: false, words: `In progress: ${completedSteps} of ${answerSteps} steps saved` }
          : { done: false, words: "Not started yet" },
    },
    {
      icon: Users,
      title: "Choose when to be open to matching",
      body:
        "When you're ready, you choose to be open to matching. Until then, you won't be suggested to anyone." +
        (emailVerified ? "" : " This step needs a confirmed email."),
      status: openToMatching
        ? { done: true, words: "Done: you're open to matching" }
        : finished
          ? { done: false, words: "Whenever you're ready" }
          : { done: false, words: "At the end of the questionnaire" },
    },
    {
      icon: Sparkles,
      title: "See who might fit",
      body: "We'll suggest people whose schedule, values and way of talking fit yours, and say why. Your suggestions are on the Suggestions page. Nothing starts unless you both say yes.",
    },
    {
      icon: Handshake,
      title: "Write your agreement together",
      body: "You and your partner agree what you're each working on, how often you'll check in and what happens when life gets busy. You both sign it before you begin.",
    },
  ];

  return (
    <section aria-labelledby="next-heading" className="mt-10">
      <h2 id="next-heading" className="text-xl font-semibold">
        What happens next
      </h2>
      <ol className="mt-5 space-y-6">
        {steps.map(({ icon: Icon, title, body, status }, index) => (
          <li key={title} className="flex gap-4">
            <span
              aria-hidden="true"
              className={cn(
                "flex size-10 shrink-0 items-center justify-center rounded-full",
                status?.done ? "bg-primary text-primary-fg" : "bg-primary-soft text-primary-text",
              )}
            >
              {status?.done ? <CircleCheck className="size-5" /> : <Icon className="size-5" />}
            </span>
            <div>
              <h3 className="font-semibold">
                <span className="sr-only">Step {index + 1}: </span>
                {title}
              </h3>
              {status ? (
                <p className="mt-0.5 inline-flex items-center gap-1.5 text-sm font-medium text-primary-text">
                  {status.done ? <CircleCheck aria-hidden="true" className="size-4" /> : <CircleDashed aria-hidden="true" className="size-4" />}
                  {status.words}
                </p>
              ) : null}
              <p className="mt-1 text-muted">{body}</p>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
