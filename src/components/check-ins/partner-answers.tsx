import Link from "next/link";
import type { RouterOutputs } from "@/trpc/outputs";
import { energyWords, moodWords, scaleWord } from "./scale-words";

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
      ) : (
        <dl className="space-y-4">
          {shared.answers.map((answer, index) => (
            <div key={`p-${index}`}>
              <dt className="font-medium">{answer.question}</dt>
              <dd className="break-words whitespace-pre-line">{answer.text}</dd>
            </div>
          ))}
          {shared.feelings ? (
            <div>
              <dt className="font-medium">Mood and energy</dt>
              <dd>
                Mood {scaleWord(moodWords, shared.feelings.mood)}; energy {scaleWord(energyWords, shared.feelings.energy)}
              </dd>
            </div>
          ) : null}
          {shared.commitmentsDone.length > 0 ? (
            <div>
              <dt className="font-medium">Commitments they kept</dt>
              <dd>
                <ul className="list-disc pl-5">
                  {shared.commitmentsDone.map((c, index) => (
                    <li key={`c-${index}`} className="break-words">
                      {c}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ) : null}
          {shared.win ? (
            <div>
              <dt className="font-medium">A win</dt>
              <dd className="break-words whitespace-pre-line">{shared.win}</dd>
            </div>
          ) : null}
          {shared.nextCommitment ? (
            <div>
              <dt className="font-medium">Next commitment</dt>
              <dd className="break-words whitespace-pre-line">{shared.nextCommitment}</dd>
            </div>
          ) : null}
          {shared.answers.length === 0 && !shared.feelings && !shared.win && !shared.nextCommitment && shared.commitmentsDone.length === 0 ? (
            <p className="text-muted">{partnerName} answered, and kept this one to themselves. That&apos;s fine: you can talk about it when you next check in if you both want to.</p>
          ) : null}
        </dl>
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
