import { ClipboardList, Handshake, Users, type LucideIcon } from "lucide-react";

type Step = { icon: LucideIcon; title: string; body: string };

/** "What happens next": the path from here to a partnership, described as what will happen. */
export function NextSteps({ emailVerified }: { emailVerified: boolean }) {
  const steps: Step[] = [
    {
      icon: ClipboardList,
      title: "Tell us about yourself",
      body: "A short questionnaire about what you're working on, when you're free and how you like to talk. It will appear here on your dashboard, and your answers save as you go, so you can stop and come back.",
    },
    {
      icon: Users,
      title: "Choose when to be open to matching",
      body:
        "When you're ready, you choose to be open to matching. We suggest people whose schedule and way of talking fit yours, and say why. Nothing starts unless you both say yes." +
        (emailVerified ? "" : " This step needs a confirmed email."),
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
        {steps.map(({ icon: Icon, title, body }, index) => (
          <li key={title} className="flex gap-4">
            <span
              aria-hidden="true"
              className="flex size-10 shrink-0 items-center justify-center rounded-full bg-primary-soft text-primary-text"
            >
              <Icon className="size-5" />
            </span>
            <div>
              <h3 className="font-semibold">
                <span className="sr-only">Step {index + 1}: </span>
                {title}
              </h3>
              <p className="mt-1 text-muted">{body}</p>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
