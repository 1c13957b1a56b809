import { Inbox } from "lucide-react";
import { dayWords } from "@/components/requests/dates";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";

type Waiting = { id: string; from: { displayName: string }; expiresAt: Date };

/** Requests sent to the member that wait for their answer, with the way to them. Renders nothing without any. */
export function WaitingRequestsCard({ requests, zone, now }: { requests: Waiting[]; zone: string | null; now: Date }) {
  if (requests.length === 0) return null;
  const title = requests.length === 1 ? `${requests[0]!.from.displayName} would like to be your partner` : `${requests.length} people would like to be your partner`;
  return (
    <Card as="section" aria-labelledby="waiting-requests-heading" className="mt-8 border-primary!">
      <div className="flex items-start gap-3">
        <Inbox aria-hidden="true" className="mt-0.5 size-6 shrink-0 text-primary-text" />
        <CardTitle id="waiting-requests-heading" className="break-words">
          {title}
        </CardTitle>
      </div>
      <ul className="mt-3 space-y-1 text-muted">
        {requests.map((r) => (
          <li key={r.id} className="break-words">
            {requests.length === 1 ? "Answer" : `${r.from.displayName}: answer`} by{" "}
            <time dateTime={r.expiresAt.toISOString()}>{dayWords(r.expiresAt, zone, now)}</time>. Saying &ldquo;not right now&rdquo; is
            always fine.
          </li>
        ))}
      </ul>
      <div className="mt-4">
        <ButtonLink href="/requests#incoming-heading">{requests.length === 1 ? "See the request" : "See the requests"}</ButtonLink>
      </div>
    </Card>
  );
}
