import { ClipboardList, Clock, Handshake, Users, type LucideIcon } from "lucide-react";
import type { ComponentType } from "react";
import type { IllustrationProps } from "@/components/illustrations/illustration";
import { WaitingBench } from "@/components/illustrations/waiting-bench";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

export type EmptyStatus = "QUESTIONNAIRE_UNFINISHED" | "NOT_OPEN" | "AT_CAPACITY" | "NO_CANDIDATES";

type Copy = {
  icon: LucideIcon;
  /** Shown instead of the icon, as the page's one picture. */
  illustration?: ComponentType<IllustrationProps>;
  title: string;
  body: string[];
  action: { href: string; label: string };
};

const copy: Record<EmptyStatus, Copy> = {
  QUESTIONNAIRE_UNFINISHED: {
    icon: ClipboardList,
    title: "Finish your questionnaire first",
    body: [
      "Suggestions come from your answers: what you'd like support with, when you're free and how you like to talk.",
      "Your answers save as you go, so you can pick up where you left off.",
    ],
    action: { href: "/onboarding", label: "Go to your questionnaire" },
  },
  NOT_OPEN: {
    icon: Users,
    title: "You're not open to matching right now",
    body: [
      "Suggestions only appear while you're open to matching. While it's off, nobody is suggested to you and you aren't suggested to anyone.",
      "You can turn it on in your questionnaire settings, and off again whenever you like.",
    ],
    action: { href: "/settings/questionnaire", label: "Open to matching settings" },
  },
  AT_CAPACITY: {
    icon: Handshake,
    title: "You already have a partnership",
    body: [
      "While you're at your limit, we don't suggest new people to you, and you aren't suggested to anyone. That gives you and your partner room to settle in.",
      "If you'd ever like more than one partnership at a time, you can raise your limit to up to 3 in your profile settings, whenever you like.",
    ],
    action: { href: "/partnerships", label: "Go to your partnerships" },
  },
  NO_CANDIDATES: {
    icon: Clock,
    illustration: WaitingBench,
    title: "No suggestions right now",
    body: [
      "Widening the times you're available often helps.",
      "This is about timing and who's open to matching this week, not about you. As people join and schedules change, new suggestions can appear here.",
    ],
    action: { href: "/onboarding/schedule", label: "Change your available times" },
  },
};

/** Why there are no suggestions yet, said kindly, with one next step. */
export function EmptyState({ status }: { status: EmptyStatus }) {
  const { icon: Icon, illustration: Picture, title, body, action } = copy[status];
  return (
    <Card as="section" aria-labelledby="empty-heading" className="mt-8 max-w-2xl">
      <div className="flex flex-col gap-4 sm:flex-row">
        {Picture ? (
          <Picture className="w-24 shrink-0" />
        ) : (
          <span aria-hidden="true" className="hidden size-10 shrink-0 items-center justify-center rounded-full bg-primary-soft text-primary-text sm:flex">
            <Icon className="size-5" />
          </span>
        )}
        <div className="min-w-0">
          <h2 id="empty-heading" className="text-xl font-semibold">
            {title}
          </h2>
          <div className="mt-2 space-y-2 text-muted">
            {body.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
          <div className="mt-5">
            <ButtonLink href={action.href}>{action.label}</ButtonLink>
          </div>
        </div>
      </div>
    </Card>
  );
}
