import { Inbox } from "lucide-react";
import { NameWithPronouns, PersonDetails } from "@/components/matches/person-details";
import { WhyMore, WhySummary } from "@/components/matches/why-summary";
import { SafetyActions } from "@/components/safety/safety-actions";
import { Card } from "@/components/ui/card";
import type { IncomingRequest } from "@/trpc/outputs";
import { AnswerRequest } from "./answer-request";
import { dayWords } from "./dates";
import { QuotedNote } from "./quoted-note";
import { QuietEnvelope } from "@/components/illustrations/quiet-envelope";
import { SectionEmpty } from "./section-empty";

function IncomingItem({ request: r, zone, now }: { request: IncomingRequest; zone: string | null; now: Date }) {
  const id = `incoming-${r.id}`;
  return (
    <Card as="li" className="space-y-4">
      <div>
        <h3 id={`${id}-name`} className="text-xl font-semibold break-words">
          <NameWithPronouns person={r.from} />
        </h3>
        <p className="mt-1 text-sm text-muted">
          Sent <time dateTime={r.sentAt.toISOString()}>{dayWords(r.sentAt, zone, now)}</time>
          <span aria-hidden="true"> · </span>
          Answer by <time dateTime={r.expiresAt.toISOString()}>{dayWords(r.expiresAt, zone, now)}</time>
        </p>
      </div>
      {r.why ? (
        <div>
          <WhySummary id={id} why={r.why} />
          <details className="group mt-2">
            <summary className="min-h-11 cursor-pointer content-center font-medium text-primary-text focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-focus">
              More reasons and times
            </summary>
            <div className="mt-2 space-y-3">
              <WhyMore id={id} why={r.why} />
              <p className="text-sm text-muted">Worked out from both your answers, the same way {r.from.displayName}&apos;s suggestions explained you. Neither of you sees a score.</p>
            </div>
          </details>
        </div>
      ) : null}
      <PersonDetails id={id} person={r.from} />
      {r.note ? <QuotedNote caption={`${r.from.displayName}'s note to you`} note={r.note} /> : null}
      <AnswerRequest requestId={r.id} name={r.from.displayName} />
      <div className="border-t border-line pt-3">
        <SafetyActions memberId={r.from.memberId} name={r.from.displayName} about="REQUEST_NOTE" id={r.id} />
      </div>
    </Card>
  );
}

/** "Waiting for your answer": requests other members sent, each with Accept and Not right now. */
export function IncomingRequests({ requests, zone, now }: { requests: IncomingRequest[]; zone: string | null; now: Date }) {
  return (
    <section aria-labelledby="incoming-heading" className="mt-10">
      <h2 id="incoming-heading" className="text-2xl font-semibold tracking-tight">
        Waiting for your answer
      </h2>
      {requests.length === 0 ? (
        <SectionEmpty icon={Inbox} title="No requests waiting for you" illustration={<QuietEnvelope className="w-24" />}>
          <p>When someone asks you to be partners, their request will appear here and in your notifications.</p>
        </SectionEmpty>
      ) : (
        <>
          <div className="mt-2 space-y-2 text-muted">
            <p>Requests stay open for 7 days, so there&apos;s no need to answer straight away.</p>
            <p>
              Saying &ldquo;Not right now&rdquo; is kind and private: they&apos;ll only see &ldquo;This match isn&apos;t available right
              now&rdquo;, never a reason.
            </p>
          </div>
          <ul className="mt-6 space-y-6">
            {requests.map((request) => (
              <IncomingItem key={request.id} request={request} zone={zone} now={now} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
