import { CircleSlash, Handshake, Hourglass, Send, Undo2, type LucideIcon } from "lucide-react";
import Link from "next/link";
import { NameWithPronouns } from "@/components/matches/person-details";
import { ButtonLink } from "@/components/ui/button";
import { SafetyActions } from "@/components/safety/safety-actions";
import { Card } from "@/components/ui/card";
import type { OutgoingRequest } from "@/trpc/outputs";
import { dayWords } from "./dates";
import { QuotedNote } from "./quoted-note";
import { SectionEmpty } from "./section-empty";
import { WithdrawRequest } from "./withdraw-request";

type Outcome = OutgoingRequest["outcome"];

/** What became of a request, in the words the sender sees: never why someone said no. */
const outcomeWords: Record<Exclude<Outcome, "PENDING" | "ACCEPTED">, { icon: LucideIcon; text: string }> = {
  UNAVAILABLE: { icon: CircleSlash, text: "This match isn't available right now" },
  NO_LONGER_AVAILABLE: { icon: CircleSlash, text: "No longer available" },
  EXPIRED: { icon: Hourglass, text: "Expired after 7 days without an answer" },
  WITHDRAWN: { icon: Undo2, text: "You withdrew this request" },
};

const statusLine = "flex items-start gap-2 font-medium";
const iconClass = "mt-0.5 size-5 shrink-0 text-primary-text";

function Status({ request: r, zone, now }: { request: OutgoingRequest; zone: string | null; now: Date }) {
  if (r.outcome === "PENDING") {
    return (
      <div className="space-y-3">
        <p className={statusLine}>
          <Hourglass aria-hidden="true" className={iconClass} />
          <span>
            Waiting for an answer until <time dateTime={r.expiresAt.toISOString()}>{dayWords(r.expiresAt, zone, now)}</time>
          </span>
        </p>
        <WithdrawRequest requestId={r.id} name={r.to.displayName} />
      </div>
    );
  }
  if (r.outcome === "ACCEPTED") {
    return (
      <div className="space-y-3">
        <p className={statusLine}>
          <Handshake aria-hidden="true" className={iconClass} />
          <span>{r.to.displayName} said yes. You&apos;re partners now.</span>
        </p>
        {r.partnershipId ? <ButtonLink href={`/partnerships/${r.partnershipId}`}>Go to your partnership</ButtonLink> : null}
      </div>
    );
  }
  const { icon: Icon, text } = outcomeWords[r.outcome];
  return (
    <div className="space-y-1">
      <p className={statusLine}>
        <Icon aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-muted" />
        <span>{text}</span>
      </p>
      {r.outcome === "WITHDRAWN" ? null : (
        <p className="text-sm text-muted">
          Timing and schedules change all the time. Want to look at{" "}
          <Link href="/matches" className="font-medium text-primary-text underline underline-offset-4">
            your suggestions
          </Link>
          ?
        </p>
      )}
    </div>
  );
}

function OutgoingItem({ request: r, zone, now }: { request: OutgoingRequest; zone: string | null; now: Date }) {
  return (
    <Card as="li" className="space-y-4">
      <div>
        <h3 className="text-xl font-semibold break-words">
          <NameWithPronouns person={r.to} />
        </h3>
        <p className="mt-1 text-sm text-muted">
          You sent this on <time dateTime={r.sentAt.toISOString()}>{dayWords(r.sentAt, zone, now)}</time>
        </p>
      </div>
      {r.note ? <QuotedNote caption="Your note" note={r.note} /> : null}
      <Status request={r} zone={zone} now={now} />
      <div className="border-t border-line pt-3">
        <SafetyActions memberId={r.to.memberId} name={r.to.displayName} about="PROFILE" />
      </div>
    </Card>
  );
}

type Limits = { pendingOutgoing: number; maxPendingOutgoing: number };

/** "Requests you sent": those still waiting (with Withdraw) and the last month's outcomes. */
export function OutgoingRequests({ requests, limits, zone, now }: { requests: OutgoingRequest[]; limits: Limits; zone: string | null; now: Date }) {
  return (
    <section aria-labelledby="outgoing-heading" className="mt-12">
      <h2 id="outgoing-heading" className="text-2xl font-semibold tracking-tight">
        Requests you sent
      </h2>
      {requests.length === 0 ? (
        <SectionEmpty icon={Send} title="You haven't sent any requests yet">
          <p>
            When someone in <Link href="/matches">your suggestions</Link> feels like a good fit, you can ask them to be partners. Nothing
            starts unless you both say yes.
          </p>
        </SectionEmpty>
      ) : (
        <>
          <p className="mt-2 text-muted">
            You can have up to {limits.maxPendingOutgoing} requests waiting at once, so nobody feels rushed. Waiting now:{" "}
            {limits.pendingOutgoing} of {limits.maxPendingOutgoing}.
          </p>
          <ul className="mt-6 space-y-6">
            {requests.map((request) => (
              <OutgoingItem key={request.id} request={request} zone={zone} now={now} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
