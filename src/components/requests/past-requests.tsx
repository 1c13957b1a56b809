import { CircleSlash, Handshake, History, Hourglass, Undo2, type LucideIcon } from "lucide-react";
import Link from "next/link";
import { NameWithPronouns } from "@/components/matches/person-details";
import { Card } from "@/components/ui/card";
import type { PastIncomingRequest } from "@/trpc/outputs";
import { dayWords } from "./dates";
import { SectionEmpty } from "./section-empty";

type Outcome = PastIncomingRequest["outcome"];

/** What became of a request to the member, in their words; a system closure never says why. */
const outcomeWords: Record<Outcome, { icon: LucideIcon; text: (name: string) => string }> = {
  ACCEPTED: { icon: Handshake, text: () => "You said yes" },
  DECLINED: { icon: CircleSlash, text: () => "You said not right now" },
  WITHDRAWN: { icon: Undo2, text: (name) => `${name} withdrew it` },
  EXPIRED: { icon: Hourglass, text: () => "Expired after 7 days" },
  NO_LONGER_AVAILABLE: { icon: CircleSlash, text: () => "No longer available" },
};

function PastItem({ request: r, zone, now }: { request: PastIncomingRequest; zone: string | null; now: Date }) {
  const { icon: Icon, text } = outcomeWords[r.outcome];
  return (
    <Card as="li" tone="soft" className="space-y-1 p-4! sm:p-4!">
      <h3 className="font-semibold break-words">
        <NameWithPronouns person={r.from} />
      </h3>
      <p className="flex items-start gap-2">
        <Icon aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-muted" />
        <span>
          {text(r.from.displayName)} · <time dateTime={r.endedAt.toISOString()}>{dayWords(r.endedAt, zone, now)}</time>
        </span>
      </p>
      <p className="text-sm text-muted">
        Sent <time dateTime={r.sentAt.toISOString()}>{dayWords(r.sentAt, zone, now)}</time>
      </p>
      {r.partnershipId ? (
        <Link href={`/partnerships/${r.partnershipId}`} className="inline-flex min-h-11 items-center font-medium text-primary-text underline underline-offset-4">
          Go to your partnership with {r.from.displayName}
        </Link>
      ) : null}
    </Card>
  );
}

/**
 * "Past requests": requests to the member from the last month that are no longer waiting, with
 * what became of them and when. (Requests the member sent keep their outcome under "Requests you sent".)
 */
export function PastRequests({ requests, zone, now }: { requests: PastIncomingRequest[]; zone: string | null; now: Date }) {
  return (
    <section aria-labelledby="past-heading" className="mt-12">
      <h2 id="past-heading" className="text-2xl font-semibold tracking-tight">
        Past requests
      </h2>
      {requests.length === 0 ? (
        <SectionEmpty icon={History} title="Nothing here yet">
          <p>Requests to you that you&apos;ve answered, or that ended, stay here for a month.</p>
        </SectionEmpty>
      ) : (
        <>
          <p className="mt-2 text-muted">Requests to you from the last month. What became of the ones you sent is shown above.</p>
          <ul className="mt-4 space-y-3">
            {requests.map((request) => (
              <PastItem key={request.id} request={request} zone={zone} now={now} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
