import { CalendarClock, MessageCircle } from "lucide-react";
import type { ReactNode } from "react";
import { fitWords, slotSentence } from "./words";

/** How many reasons show before "More about …"; the rest wait inside. */
export const reasonsShown = 2;

export const iconClass = "mt-0.5 size-4 shrink-0 text-primary-text";

/** What the scorer says about a pair, from the viewer's side: the same on a suggestion and on a request received. */
export type Why = {
  total: number;
  reasons: string[];
  talkAbout: string[];
  suggestedSlots: { a: { weekday: string; time: string }; b: { weekday: string; time: string } }[];
};

/** A titled list. Plain headings rather than regions, so twenty cards don't add a hundred landmarks. */
export function Part({ id, title, items, hideTitle = false }: { id: string; title: string; items: string[]; hideTitle?: boolean }) {
  if (items.length === 0) return null;
  return (
    <div>
      <h3 id={id} className={hideTitle ? "sr-only" : "text-sm font-semibold"}>
        {title}
      </h3>
      <ul aria-labelledby={id} className={`${hideTitle ? "" : "mt-1 "}list-disc space-y-0.5 pl-5 marker:text-muted`}>
        {/* Positions as keys: a static list whose sentences would otherwise be sent twice (as key and text). */}
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

/** One line with an icon: "Talk about …", "Best shared time: …". */
function Line({ icon, label, children }: { icon: ReactNode; label: string; children: ReactNode }) {
  return (
    <p className="flex items-start gap-2 text-sm">
      {icon}
      <span>
        <span className="font-semibold">{label}</span> {children}
      </span>
    </p>
  );
}

/**
 * The short "why": the fit in words (never a number), the strongest reasons, one thing to talk
 * about and the best shared time. `id` prefixes the label ids, so several can be on one page.
 */
export function WhySummary({ id, why, aside }: { id: string; why: Why; aside?: string | null }) {
  const [firstTalk] = why.talkAbout;
  const [firstSlot] = why.suggestedSlots;
  return (
    <>
      <p className="mt-0.5 text-sm">
        <span className="font-medium text-primary-text">{fitWords(why.total)}</span>
        {aside ? <span className="text-muted"> · {aside}</span> : null}
      </p>
      <div className="mt-2 space-y-1.5 text-sm">
        {/* The fit in words above already heads the reasons; the heading stays for screen readers. */}
        <Part id={`${id}-why`} title="Why you might fit" items={why.reasons.slice(0, reasonsShown)} hideTitle />
        {firstTalk ? (
          <Line icon={<MessageCircle aria-hidden="true" className={iconClass} />} label="Talk about:">
            {firstTalk}
          </Line>
        ) : null}
        {firstSlot ? (
          <Line icon={<CalendarClock aria-hidden="true" className={iconClass} />} label="Best shared time:">
            {slotSentence(firstSlot)}
          </Line>
        ) : null}
      </div>
    </>
  );
}

/** The rest of the "why", for a disclosure: further reasons, other things to talk about, other times. */
export function WhyMore({ id, why }: { id: string; why: Why }) {
  return (
    <>
      <Part id={`${id}-more-why`} title="More reasons" items={why.reasons.slice(reasonsShown)} />
      <Part id={`${id}-more-talk`} title="Also worth talking about" items={why.talkAbout.slice(1)} />
      <Part id={`${id}-more-times`} title="Other times that could suit you both" items={why.suggestedSlots.slice(1).map(slotSentence)} />
    </>
  );
}
