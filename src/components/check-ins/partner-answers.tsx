import Link from "next/link";
import type { RouterOutputs } from "@/trpc/outputs";
import { SharedAnswerList, sharedNothing } from "./shared-answer-list";

type Shared = NonNullable<RouterOutputs["checkIns"]["get"]["partner"]>;

type Props = { shared: Shared | null; partnerName: string; partnerId: string; checkInId: string };

function reportHref(partnerId: string, checkInId: string): string {
  return `/report?${new URLSearchParams({ member: partnerId, about: "CHECK_IN_ANSWER", id: checkInId }).toString()}`;
}

/** What the partner shared from their answers; what they kept to themselves never reaches this page. */
export function PartnerAnswers({ shared, partnerName, partnerId, checkInId }: Props) {
  return (
    <section aria-labelledby="partner-answers-heading" className="mt-10 space-y-4">
      <h3 id="partner-answers-heading" className="text-xl font-semibold">
        What {partnerName} shared
      </h3>
      {!shared ? (
        <p className="text-muted">{partnerName} hasn&apos;t answered yet. Their shared answers will show here once they do.</p>
      ) : sharedNothing(shared) ? (
        <p className="text-muted">{partnerName} answered, and kept this one to themselves. That&apos;s fine: you can talk about it when you next check in if you both want to.</p>
      ) : (
        <SharedAnswerList shared={shared} commitmentsLabel="Commitments they kept" />
      )}
      {shared ? (
        <p className="text-sm">
          <Link href={reportHref(partnerId, checkInId)} className="text-muted underline">
            Report {partnerName}&apos;s answers
          </Link>
        </p>
      ) : null}
    </section>
  );
}
