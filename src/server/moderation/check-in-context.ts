import "server-only";
import type { Db } from "@/server/db/client";
import { answerRowSelect, sharedView, type SharedAnswers } from "@/server/check-ins/answer-views";
import { orderPartners } from "@/shared/agreement/sections";
import { commitmentsOf } from "@/shared/check-ins/agreement-parts";

export type CheckInAnswerContext = { kind: "CHECK_IN_ANSWER"; plannedFor: Date; shared: SharedAnswers };

/**
 * A reported check-in answer as the reporter saw it: only what the reported member shared, built
 * by the same `sharedView` the partner's page uses, so their private parts never reach a
 * moderator. The reporter's own answers are not read at all. Null when the answer is gone.
 */
export async function checkInAnswerContext(db: Db, checkInId: string, reportedId: string): Promise<CheckInAnswerContext | null> {
  const checkIn = await db.checkIn.findUnique({
    where: { id: checkInId },
    select: {
      occurrenceStart: true,
      partnershipId: true,
      answers: {
        where: { memberId: reportedId },
        select: answerRowSelect,
      },
    },
  });
  const answer = checkIn?.answers[0];
  if (!checkIn || !answer) return null;
  // The commitments they ticked are named from the agreement in force, as on the partner's page.
  const [version, members] = await Promise.all([
    db.agreementVersion.findFirst({ where: { partnershipId: checkIn.partnershipId, status: "IN_FORCE" }, select: { content: true } }),
    db.partnershipMember.findMany({ where: { partnershipId: checkIn.partnershipId }, select: { memberId: true } }),
  ]);
  const [a, b] = members;
  const slot = a && b ? (orderPartners(a, b)[0].memberId === reportedId ? "a" : "b") : null;
  const commitments = version && slot ? commitmentsOf(version.content, slot) : [];
  return { kind: "CHECK_IN_ANSWER", plannedFor: checkIn.occurrenceStart, shared: sharedView(answer, commitments) };
}
