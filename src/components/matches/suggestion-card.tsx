import { ChevronDown, Heart } from "lucide-react";
import { SafetyActions } from "@/components/safety/safety-actions";
import { Card } from "@/components/ui/card";
import type { Suggestion } from "@/trpc/outputs";
import { PassButton } from "./passable";
import { PersonHeading } from "./person-details";
import { SendRequest } from "./send-request";
import { TagList } from "./tag-list";
import { iconClass, Part, reasonsShown, WhyMore, WhySummary } from "./why-summary";
import { factorNames, factorWords, focusLabel, languageLabel, reasonsNameValues, rhythmLabel, sharedValuesSentence, theirTimeNow } from "./words";


const factorOrder = Object.keys(factorNames) as (keyof typeof factorNames)[];

/**
 * One suggested person, compact: name, local time, a fit in words, the strongest reasons, one
 * thing to talk about and the best shared time, with "Ask to be partners". Everything else (intro,
 * focus areas, languages, other times, the fit part by part, "Not for me", Block and Report) sits
 * behind "More about <name>", a native disclosure that works without script.
 */
export function SuggestionCard({ suggestion: s, now, viewerZone }: { suggestion: Suggestion; now: Date; viewerZone: string | null }) {
  const id = `suggestion-${s.memberId}`;
  const localTime = theirTimeNow(now, s.timezone, viewerZone);
  // Shared values are said once: by a reason when one names them, otherwise inside "More about".
  const shared = reasonsNameValues(s.reasons.slice(0, reasonsShown)) ? null : sharedValuesSentence(s.sharedValues);

  return (
    <Card as="article" aria-labelledby={`${id}-name`} className="min-w-0 p-4! sm:p-5!">
      {/* Their local time sits beside the fit in words, to keep the card short on a phone. */}
      <PersonHeading id={`${id}-name`} person={s} localTime={null} />
      <WhySummary id={id} why={s} aside={localTime} />

      <div className="mt-3">
        <SendRequest recipientId={s.memberId} name={s.displayName} />
      </div>

      <details className="group mt-1">
        <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-lg font-medium text-primary-text focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-focus [&::-webkit-details-marker]:hidden">
          <ChevronDown aria-hidden="true" className="size-4 shrink-0 transition-transform group-open:rotate-180 motion-reduce:transition-none" />
          More about {s.displayName}
        </summary>
        <div className="mt-2 space-y-4">
          {s.intro ? <p className="whitespace-pre-line break-words">{s.intro}</p> : null}
          <TagList id={`${id}-focus`} label="Would like support with" items={s.focusAreas.map(focusLabel)} />
          <TagList id={`${id}-languages`} label="Languages" items={s.languages.map(languageLabel)} />
          <p className="text-sm">
            <span className="font-medium text-muted">Check-ins: </span>
            {rhythmLabel(s.checkInFrequency)}
            {s.sobrietyFriendly ? " · Sobriety-friendly" : null}
          </p>
          {shared ? (
            <p className="flex items-start gap-2">
              <Heart aria-hidden="true" className={iconClass} />
              {shared}
            </p>
          ) : null}
          <WhyMore id={id} why={s} />
          <Part id={`${id}-fit`} title="How your answers fit" items={factorOrder.map((factor) => factorWords(factor, s.factors[factor]))} />
          <p className="text-sm text-muted">Only you see how your answers fit; {s.displayName} sees their own view, never a score.</p>
          <div className="flex flex-wrap items-center gap-x-2 gap-y-2 border-t border-line pt-3">
            <PassButton name={s.displayName} />
            <SafetyActions memberId={s.memberId} name={s.displayName} about="PROFILE" />
          </div>
        </div>
      </details>
    </Card>
  );
}
