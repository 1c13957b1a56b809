import { dayWords } from "@/components/requests/dates";
import type { TimelineEvent as Event } from "@/trpc/outputs";


const eventWords: Record<Event["type"], string> = {
  CREATED: "Partnership created",
  ACTIVATED: "Partnership started",
  PAUSED: "Partnership paused",
  RESUMED: "Partnership resumed",
  ENDED: "Partnership ended",
  AGREEMENT_PROPOSED: "Agreement proposed",
  AGREEMENT_SIGNED: "Agreement signed",
  AGREEMENT_CHANGES_REQUESTED: "Changes asked for",
  AGREEMENT_PROPOSAL_WITHDRAWN: "Proposal withdrawn",
  AGREEMENT_IN_FORCE: "Agreement in force",
  AMENDMENT_OPENED: "Change to the agreement started",
  AMENDMENT_WITHDRAWN: "Change to the agreement withdrawn",
  CHECK_IN_LOGGED: "Check-in logged",
  PAUSE_REQUESTED: "Pause asked for",
  PAUSE_DECLINED: "Pause not agreed",
  PAUSE_SCHEDULED: "Pause planned",
  PAUSE_EXTENDED: "Pause made longer",
  PAUSE_WITHDRAWN: "Pause request closed",
  REVIEW_DUE: "Review due",
  REVIEW_SUBMITTED: "Review answered",
  REVIEW_REVEALED: "Review answers shared",
  ENDING_SCHEDULED: "Ending planned after one last check-in",
};

function byWords(by: Event["by"], partnerName: string): string {
  if (by === "you") return ", by you";
  if (by === "partner") return `, by ${partnerName}`;
  return "";
}

/** The partnership's history, oldest first: "Partnership created — 12 May, by you". */
export function Timeline({ events, partnerName, zone, now }: { events: Event[]; partnerName: string; zone: string | null; now: Date }) {
  return (
    <section aria-labelledby="timeline-heading" className="mt-10">
      <h2 id="timeline-heading" className="text-xl font-semibold">
        Timeline
      </h2>
      <ol className="mt-4 space-y-3 border-l-2 border-line-strong pl-5">
        {events.map((event, index) => (
          <li key={`${event.type}-${index}`} className="relative">
            <span aria-hidden="true" className="absolute top-2 -left-[1.6rem] size-2.5 rounded-full bg-primary" />
            {eventWords[event.type]} — <time dateTime={event.at.toISOString()}>{dayWords(event.at, zone, now)}</time>
            {byWords(event.by, partnerName)}
          </li>
        ))}
      </ol>
    </section>
  );
}
