import Link from "next/link";
import { Card, CardTitle } from "@/components/ui/card";
import type { PausesView } from "@/server/pauses/service";
import { PauseActions } from "./pause-actions";
import { resumeDay } from "./paused-until";

type Props = { partnershipId: string; partnerName: string; pauses: PausesView; zone: string; now: Date };

const dayWords = (at: Date, zone: string) => resumeDay(at, zone);

/**
 * Pauses on the partnership page: the partner's request to answer, the member's own waiting one,
 * a planned or running pause, or a quiet way to take one. Renders nothing for drafts and endings.
 */
export function PauseCard({ partnershipId, partnerName, pauses, zone, now }: Props) {
  const { request, pause, partnershipStatus } = pauses;
  if (partnershipStatus !== "ACTIVE" && partnershipStatus !== "PAUSED") return null;
  const base = `/partnerships/${encodeURIComponent(partnershipId)}/pause`;
  const link = "inline-flex min-h-11 items-center font-medium text-primary-text underline underline-offset-4";

  return (
    <Card as="section" aria-labelledby="pause-heading" className="mt-8 space-y-4" data-testid="pause-card">
      <CardTitle id="pause-heading">{pause?.status === "ACTIVE" ? `Paused until ${dayWords(pause.endsAt, zone)}` : "Pauses"}</CardTitle>

      {pause?.status === "ACTIVE" ? (
        <>
          <p>No check-ins or reminders until then, and nothing counts as missed. It picks up again on its own, and either of you can resume sooner.</p>
          {pause.reason ? <p className="text-sm text-muted">Your note to yourself (only you see it): {pause.reason}</p> : null}
          <PauseActions ids={{ partnershipId, pauseId: pause.id }} actions={["resume"]} />
          {request ? null : (
            <Link href={`${base}?extend=${encodeURIComponent(pause.id)}`} className={link}>
              Ask for longer
            </Link>
          )}
        </>
      ) : null}

      {pause?.status === "SCHEDULED" ? (
        <>
          <p>
            A pause is planned from {dayWords(pause.startsAt, zone)}, picking up again on {dayWords(pause.endsAt, zone)}.
          </p>
          {pause.mine ? <PauseActions ids={{ partnershipId, pauseId: pause.id }} actions={["withdraw"]} /> : null}
        </>
      ) : null}

      {request && !request.mine ? (
        <div className="space-y-3">
          <p>
            {request.kind === "EXTENSION"
              ? `${partnerName} would like to make your pause longer, picking up again on ${dayWords(request.endsAt, zone)}.`
              : `${partnerName} ${request.otherDates ? "suggests other dates" : "would like a pause"}: from ${request.startsAt.getTime() <= now.getTime() ? "now" : dayWords(request.startsAt, zone)}, picking up again on ${dayWords(request.endsAt, zone)}.`}
          </p>
          {request.message ? (
            <blockquote className="border-l-4 border-line pl-3 break-words whitespace-pre-line">{request.message}</blockquote>
          ) : null}
          <p className="text-sm text-muted">Pauses are a normal part of any partnership. Answer whenever you&apos;re ready; nothing changes until you do.</p>
          <PauseActions ids={{ partnershipId, pauseId: request.id }} actions={["accept", "decline"]} />
          {request.kind === "PAUSE" ? (
            <Link href={`${base}?answer=${encodeURIComponent(request.id)}`} className={link}>
              Suggest other dates
            </Link>
          ) : null}
        </div>
      ) : null}

      {request?.mine ? (
        <div className="space-y-3">
          <p>
            Waiting for {partnerName} to answer your request for {request.kind === "EXTENSION" ? "a longer pause" : "a pause"}, picking up again on{" "}
            {dayWords(request.endsAt, zone)}.
          </p>
          {request.reason ? <p className="text-sm text-muted">Your reason (only you see it): {request.reason}</p> : null}
          <PauseActions ids={{ partnershipId, pauseId: request.id }} actions={["withdraw"]} />
        </div>
      ) : null}

      {!pause && !request && partnershipStatus === "ACTIVE" ? (
        <>
          <p className="text-muted">Life gets full sometimes. A pause stops check-ins and reminders for a while and keeps your agreement as it is.</p>
          <Link href={base} className={link}>
            Take a pause
          </Link>
        </>
      ) : null}
    </Card>
  );
}
