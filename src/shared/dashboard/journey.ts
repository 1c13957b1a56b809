/**
 * The dashboard's "What happens next" checklist as data: each step of the way from signing up to a
 * first check-in, done or not, with where the member is on it in words. Pure, so every state of
 * the checklist is unit-tested; the dashboard only draws it.
 */

export type JourneyStepId = "answers" | "matching" | "partner" | "agreement" | "checkIn";

export type JourneyStatus = { done: boolean; words: string };

export type JourneyInput = {
  /** Questionnaire answer steps saved so far, and how many there are. */
  completedSteps: number;
  answerSteps: number;
  finished: boolean;
  openToMatching: boolean;
  emailVerified: boolean;
  /** Requests sent to the member that wait for an answer. */
  waitingRequests: number;
  /** The member's partnerships that have not ended, with the partner's name. */
  partnerships: readonly { status: "DRAFTING" | "ACTIVE" | "PAUSED" | "ENDED"; partnerName: string }[];
  /** Whether any of those partnerships has logged a check-in. */
  checkedIn: boolean;
};

export type JourneyStep = { id: JourneyStepId; status: JourneyStatus; current: boolean };

const names = (list: readonly { partnerName: string }[]) => {
  const all = list.map((p) => p.partnerName);
  return all.length <= 1 ? (all[0] ?? "") : `${all.slice(0, -1).join(", ")} and ${all[all.length - 1]}`;
};

export function journey(input: JourneyInput): JourneyStep[] {
  const current = input.partnerships.filter((p) => p.status !== "ENDED");
  const signed = current.filter((p) => p.status === "ACTIVE" || p.status === "PAUSED");
  const drafting = current.filter((p) => p.status === "DRAFTING");
  const hasPartner = current.length > 0;

  const statuses: Record<JourneyStepId, JourneyStatus> = {
    answers: input.finished
      ? { done: true, words: "Done" }
      : input.completedSteps > 0
        ? { done: false, words: `In progress: ${input.completedSteps} of ${input.answerSteps} steps saved` }
        : { done: false, words: "Not started yet" },
    matching:
      input.openToMatching
        ? { done: true, words: "Done: you're open to matching" }
        : hasPartner
          ? { done: true, words: "Done: you found a partner" }
          : !input.finished
            ? { done: false, words: "At the end of the questionnaire" }
            : input.emailVerified
              ? { done: false, words: "Whenever you're ready" }
              : { done: false, words: "After you confirm your email" },
    partner: hasPartner
      ? { done: true, words: `Done: you're partners with ${names(current)}` }
      : input.waitingRequests > 0
        ? { done: false, words: input.waitingRequests === 1 ? "A request is waiting for your answer" : `${input.waitingRequests} requests are waiting for your answer` }
        : input.openToMatching
          ? { done: false, words: "Your suggestions are ready to look through" }
          : { done: false, words: "Once you're open to matching" },
    agreement:
      signed.length > 0
        ? { done: true, words: `Done: signed with ${names(signed)}` }
        : drafting.length > 0
          ? { done: false, words: `In progress: writing it with ${names(drafting)}` }
          : { done: false, words: "Once you have a partner" },
    checkIn: input.checkedIn
      ? { done: true, words: "Done: you've had your first check-in" }
      : signed.length > 0
        ? { done: false, words: "Coming up: log it once you've met" }
        : { done: false, words: "Once your agreement is signed" },
  };

  const order: JourneyStepId[] = ["answers", "matching", "partner", "agreement", "checkIn"];
  const firstOpen = order.find((id) => !statuses[id].done);
  return order.map((id) => ({ id, status: statuses[id], current: id === firstOpen }));
}
