import Link from "next/link";
import { dayTimeWords } from "@/components/requests/dates";
import type { RouterOutputs } from "@/trpc/outputs";
import { LogCheckIn } from "./log-check-in";

type Listed = Extract<RouterOutputs["checkIns"]["list"], { hasAgreement: true }>;

function stateWords(o: Listed["occurrences"][number], partnerName: string): string {
  if (o.state === "logged") {
    if (o.youAnswered && o.partnerAnswered) return "Logged. You both answered.";
    if (o.youAnswered) return `Logged. You answered; ${partnerName} hasn't yet.`;
    if (o.partnerAnswered) return `Logged. ${partnerName} answered; your answers are waiting for you.`;
    return "Logged. Neither of you has answered yet.";
  }
  if (o.state === "upcoming") return "Coming up.";
  return "Not logged yet.";
}

/** The last two weeks' check-ins, newest first, then the next one; each logged, loggable or still to come. */
export function OccurrenceList({ partnershipId, listed, zone, partnerName, canLog, selected }: { partnershipId: string; listed: Listed; zone: string; partnerName: string; canLog: boolean; selected: string | null }) {
  const now = new Date();
  const newestFirst = [...listed.occurrences].reverse();
  if (newestFirst.length === 0) {
    return <p className="mt-6 text-muted">There are no check-ins in the last two weeks, and none coming up while things are paused.</p>;
  }
  return (
    <ul className="mt-6 divide-y divide-line rounded-2xl border border-line bg-surface">
      {newestFirst.map((o) => {
        const id = `occurrence-${o.start.getTime()}`;
        const href = o.checkInId ? `/partnerships/${encodeURIComponent(partnershipId)}/check-ins?checkIn=${encodeURIComponent(o.checkInId)}#answers` : null;
        return (
          <li key={id} className="space-y-2 p-4" data-testid="check-in-occurrence">
            <p id={id}>
              <span className="font-semibold">
                <time dateTime={o.start.toISOString()}>{dayTimeWords(o.start, zone, now)}</time>
              </span>{" "}
              <span className="text-muted">{stateWords(o, partnerName)}</span>
            </p>
            {href ? (
              <Link href={href} aria-current={o.checkInId === selected ? "true" : undefined} className="inline-flex min-h-11 items-center text-primary-text underline">
                {o.youAnswered ? "See this check-in" : "Answer this check-in"}
              </Link>
            ) : null}
            {o.state === "open" && canLog && listed.agreed ? (
              <LogCheckIn partnershipId={partnershipId} start={o.start.toISOString()} zone={zone} agreedMinutes={listed.agreed.durationMinutes} agreedChannel={listed.agreed.channel} labelledBy={id} />
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
