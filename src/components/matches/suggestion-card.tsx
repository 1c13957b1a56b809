import { CalendarClock, Heart, MessageCircle } from "lucide-react";
import type { ReactNode } from "react";
import { SafetyActions } from "@/components/safety/safety-actions";
import { Card } from "@/components/ui/card";
import type { Suggestion } from "@/trpc/outputs";
import { FitBars } from "./fit-bars";
import { PersonHeading } from "./person-details";
import { SendRequest } from "./send-request";
import { TagList } from "./tag-list";
import { focusLabel, languageLabel, sharedValuesSentence, slotSentence, theirTimeNow } from "./words";

/** A titled part of the card. Plain headings rather than regions, so twenty cards don't add a hundred landmarks. */
function Part({ id, title, icon, items }: { id: string; title: string; icon?: ReactNode; items: string[] }) {
  return (
    <div>
      <h3 id={id} className="flex items-center gap-2 font-semibold">
        {icon}
        {title}
      </h3>
      <ul aria-labelledby={id} className="mt-2 list-disc space-y-1 pl-5 marker:text-muted">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

const iconClass = "size-4 shrink-0 text-primary-text";

/**
 * One suggested person: who they are (what they chose to share, never their email), why they
 * might fit, times that could suit you both, and "Ask to be partners".
 */
export function SuggestionCard({ suggestion: s, now, viewerZone }: { suggestion: Suggestion; now: Date; viewerZone: string | null }) {
  const id = `suggestion-${s.memberId}`;
  const localTime = theirTimeNow(now, s.timezone, viewerZone);
  const shared = sharedValuesSentence(s.sharedValues);

  return (
    <Card as="article" aria-labelledby={`${id}-name`} className="min-w-0">
      <PersonHeading id={`${id}-name`} person={s} localTime={localTime} />

      {s.intro ? <p className="mt-2 whitespace-pre-line break-words">{s.intro}</p> : null}

      <div className="mt-4 space-y-3">
        <TagList id={`${id}-focus`} label="Would like support with" items={s.focusAreas.map(focusLabel)} />
        <TagList id={`${id}-languages`} label="Languages" items={s.languages.map(languageLabel)} />
        {shared ? (
          <p className="flex items-start gap-2">
            <Heart aria-hidden="true" className={`${iconClass} mt-1`} />
            {shared}
          </p>
        ) : null}
      </div>

      <div className="mt-6 grid gap-6 md:grid-cols-[minmax(0,1fr)_15rem]">
        <div className="min-w-0 space-y-5">
          <Part id={`${id}-why`} title="Why you might fit" items={s.reasons} />

          {s.talkAbout.length > 0 ? (
            <Part id={`${id}-talk`} title="Talk about this" icon={<MessageCircle aria-hidden="true" className={iconClass} />} items={s.talkAbout} />
          ) : null}

          {s.suggestedSlots.length > 0 ? (
            <Part
              id={`${id}-times`}
              title="Check-in times that could suit you both"
              icon={<CalendarClock aria-hidden="true" className={iconClass} />}
              items={s.suggestedSlots.map(slotSentence)}
            />
          ) : null}
        </div>

        <FitBars total={s.total} factors={s.factors} headingId={`${id}-fit`} />
      </div>

      <div className="mt-6 border-t border-line pt-5">
        <SendRequest recipientId={s.memberId} name={s.displayName} />
        <div className="mt-4">
          <SafetyActions memberId={s.memberId} name={s.displayName} about="PROFILE" />
        </div>
      </div>
    </Card>
  );
}
