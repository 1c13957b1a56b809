import { CalendarCheck, CircleCheck, CircleDashed, ClipboardList, Handshake, Sparkles, Users, type LucideIcon } from "lucide-react";
import { cn } from "@/components/ui/cn";
import { journey, type JourneyInput, type JourneyStepId } from "@/shared/dashboard/journey";

const copy: Record<JourneyStepId, { icon: LucideIcon; title: string; body: string }> = {
  answers: {
    icon: ClipboardList,
    title: "Tell us about yourself",
    body: "A short questionnaire about what you're working on, when you're free and how you like to talk. Your answers save as you go, so you can stop and come back.",
  },
  matching: {
    icon: Users,
    title: "Choose when to be open to matching",
    body: "When you're ready, you choose to be open to matching. Until then, you won't be suggested to anyone.",
  },
  partner: {
    icon: Sparkles,
    title: "Find a partner",
    body: "We suggest people whose schedule, values and way of talking fit yours, and say why. Nothing starts unless you both say yes.",
  },
  agreement: {
    icon: Handshake,
    title: "Write your agreement together",
    body: "You and your partner agree what you're each working on, how often you'll check in and what happens when life gets busy. You both sign it before you begin.",
  },
  checkIn: {
    icon: CalendarCheck,
    title: "Have your first check-in",
    body: "Meet at the time you agreed, then either of you logs it and adds how it went.",
  },
};

/** "What happens next": the path from here to a first check-in, with where the member is on it, in words. */
export function NextSteps(props: JourneyInput) {
  const steps = journey(props);
  return (
    <section aria-labelledby="next-heading" className="mt-10">
      <h2 id="next-heading" className="text-xl font-semibold">
        What happens next
      </h2>
      <ol className="mt-5 space-y-6">
        {steps.map(({ id, status, current }, index) => {
          const { icon: Icon, title, body } = copy[id];
          return (
            <li key={id} className="flex gap-4" aria-current={current ? "step" : undefined}>
              <span
                aria-hidden="true"
                className={cn(
                  "flex size-10 shrink-0 items-center justify-center rounded-full",
                  status.done ? "bg-primary text-primary-fg" : current ? "bg-primary-soft text-primary-text ring-2 ring-primary" : "bg-primary-soft text-primary-text",
                )}
              >
                {status.done ? <CircleCheck className="size-5" /> : <Icon className="size-5" />}
              </span>
              <div>
                <h3 className="font-semibold">
                  <span className="sr-only">Step {index + 1}: </span>
                  {title}
                </h3>
                <p className="mt-0.5 inline-flex items-center gap-1.5 text-sm font-medium text-primary-text">
                  {status.done ? <CircleCheck aria-hidden="true" className="size-4" /> : <CircleDashed aria-hidden="true" className="size-4" />}
                  {status.words}
                </p>
                {status.done ? null : <p className="mt-1 text-muted">{body}</p>}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
