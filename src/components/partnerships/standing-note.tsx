import Link from "next/link";
import { dayTimeWords, dayWords } from "@/components/requests/dates";

export type Standing = { id: string; reviewWaitingId: string | null; endsAfterCheckInAt: Date | null; endedAt: Date | null };

/**
 * What is waiting on a partnership, with its date, in a line under its name: a review to answer,
 * an ending after one last check-in, or when it ended. Never why.
 */
export function StandingNote({ partnership, zone, now }: { partnership: Standing; zone: string | null; now: Date }) {
  const { id, reviewWaitingId, endsAfterCheckInAt, endedAt } = partnership;
  if (endedAt) {
    return (
      <p className="text-sm text-muted">
        Ended <time dateTime={endedAt.toISOString()}>{dayWords(endedAt, zone, now)}</time>
      </p>
    );
  }
  return (
    <>
      {endsAfterCheckInAt ? (
        <p className="text-sm text-muted">
          Ends after one last check-in, <time dateTime={endsAfterCheckInAt.toISOString()}>{dayTimeWords(endsAfterCheckInAt, zone, now)}</time>
        </p>
      ) : null}
      {reviewWaitingId ? (
        <p className="text-sm">
          A review is waiting for your answers.{" "}
          <Link href={`/partnerships/${encodeURIComponent(id)}/reviews/${encodeURIComponent(reviewWaitingId)}`} className="font-medium text-primary-text underline underline-offset-4">
            Go to your review
          </Link>
        </p>
      ) : null}
    </>
  );
}
