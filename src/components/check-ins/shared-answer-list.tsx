import type { ReactNode } from "react";
import type { SharedAnswers } from "@/server/check-ins/answer-views";
import { energyWords, moodWords, scaleWord } from "./scale-words";

type Shared = Pick<SharedAnswers, "answers" | "feelings" | "commitmentsDone" | "win" | "nextCommitment">;

/** True when a member answered but shared none of it. */
export function sharedNothing(shared: Shared): boolean {
  return shared.answers.length === 0 && !shared.feelings && !shared.win && !shared.nextCommitment && shared.commitmentsDone.length === 0;
}

const plain = (text: string) => <span className="break-words whitespace-pre-line">{text}</span>;

/**
 * What a member shared from one check-in, as their partner (or a moderator reading a report about
 * it) sees it: what they kept private never reaches this component. `text` renders member text.
 */
export function SharedAnswerList({ shared, text = plain, commitmentsLabel }: { shared: Shared; text?: (value: string) => ReactNode; commitmentsLabel: string }) {
  const entry = (key: string, term: ReactNode, detail: ReactNode) => (
    <div key={key}>
      <dt className="font-medium">{term}</dt>
      <dd>{detail}</dd>
    </div>
  );
  return (
    <dl className="space-y-4">
      {shared.answers.map((answer, index) => entry(`a-${index}`, answer.question, text(answer.text)))}
      {shared.feelings ? entry("feelings", "Mood and energy", `Mood ${scaleWord(moodWords, shared.feelings.mood)}; energy ${scaleWord(energyWords, shared.feelings.energy)}`) : null}
      {shared.commitmentsDone.length > 0
        ? entry(
            "commitments",
            commitmentsLabel,
            <ul className="list-disc pl-5">
              {shared.commitmentsDone.map((commitment, index) => (
                <li key={`c-${index}`} className="break-words">
                  {commitment}
                </li>
              ))}
            </ul>,
          )
        : null}
      {shared.win ? entry("win", "A win", text(shared.win)) : null}
      {shared.nextCommitment ? entry("next", "Next commitment", text(shared.nextCommitment)) : null}
    </dl>
  );
}
