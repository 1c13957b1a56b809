import { DoorOpen, FilePen, Lock, Signature, type LucideIcon } from "lucide-react";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";

type Step = { icon: LucideIcon; title: string; body: string };

function steps(name: string): Step[] {
  return [
    {
      icon: FilePen,
      title: "Write your agreement together",
      body: `You and ${name} agree on your goals and what you'll each work on, your check-in rhythm, your boundaries, and what happens when a check-in doesn't happen.`,
    },
    {
      icon: Signature,
      title: "Both of you sign it",
      body: "Nothing is final until you've both signed the same version. Once you have, your agreement is in force.",
    },
    {
      icon: Lock,
      title: "It stays between you",
      body: "Nothing is shared beyond this partnership.",
    },
    {
      icon: DoorOpen,
      title: "You can always step back",
      body: "Until you've both signed, either of you can decide not to go ahead, without giving a reason. It never needs the other person's agreement, and you're both back in matching.",
    },
  ];
}

/** What a new partnership leads to (the way into the agreement sits at the top of the page: `PartnershipNextStep`). */
export function WhatHappensNext({ partnerName }: { partnerName: string }) {
  return (
    <section aria-labelledby="next-heading" className="mt-10">
      <h2 id="next-heading" className="text-xl font-semibold">
        What happens next
      </h2>
      <ol className="mt-5 space-y-6">
        {steps(partnerName).map(({ icon: Icon, title, body }, index) => (
          <li key={title} className="flex gap-4">
            <span aria-hidden="true" className="flex size-10 shrink-0 items-center justify-center rounded-full bg-primary-soft text-primary-text">
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
      <Alert tone="info" role="note" title="Start writing your agreement" titleAs="h3" className="mt-8">
        <p>
          We started a draft from both your questionnaires. You and {partnerName} can change it together, at the same time if you like.
        </p>
        <p>
          When it feels right, either of you proposes it from the agreement page, and the other signs it or asks for changes. If anything ever
          feels wrong, our <Link href="/help">help and safety guide</Link> is there for you.
        </p>
      </Alert>
    </section>
  );
}
