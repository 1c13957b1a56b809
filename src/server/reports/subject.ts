import "server-only";
import type { Db, Tx } from "@/server/db/client";
import { AppError } from "@/server/errors";
import type { ReportSubjectInput } from "@/shared/reports/schemas";

export type ReportAbout = { memberId: string; about: ReportSubjectInput; id?: string | undefined };
/** The reported member as the reporter may see them, and the subject's id as stored on the report. */
export type SeenSubject = { member: { id: string; displayName: string }; subjectId: string | null };

export const nothingToReport = () => new AppError("NOT_FOUND", "We couldn't find what you wanted to report. It may have been removed.");

/**
 * What `reporterId` may report: a member other than themselves who still has an account, and a
 * subject both of them took part in. The reporter's id is in every WHERE clause, so anything else
 * is simply not found.
 */
export async function seenSubject(db: Db | Tx, reporterId: string, input: ReportAbout): Promise<SeenSubject> {
  if (input.memberId === reporterId) throw nothingToReport();
  const member = await db.member.findFirst({ where: { id: input.memberId, status: { not: "DELETED" } }, select: { id: true, displayName: true } });
  if (!member) throw nothingToReport();
  if (input.about === "PROFILE") return { member, subjectId: null };
  if (!input.id) throw nothingToReport();

  if (input.about === "REQUEST_NOTE") {
    const request = await db.matchRequest.findFirst({
      where: {
        id: input.id,
        OR: [
          { senderId: reporterId, recipientId: member.id },
          { senderId: member.id, recipientId: reporterId },
        ],
      },
      select: { id: true },
    });
    if (!request) throw nothingToReport();
    return { member, subjectId: request.id };
  }

  if (input.about === "CHECK_IN_ANSWER") {
    // A check-in of a partnership the two share, which the reported member answered: the reporter
    // saw what they shared there.
    const checkIn = await db.checkIn.findFirst({
      where: {
        id: input.id,
        partnership: { AND: [{ members: { some: { memberId: reporterId } } }, { members: { some: { memberId: member.id } } }] },
        answers: { some: { memberId: member.id } },
      },
      select: { id: true },
    });
    if (!checkIn) throw nothingToReport();
    return { member, subjectId: checkIn.id };
  }

  // PARTNERSHIP and AGREEMENT: a partnership the two share, whatever its status.
  const partnership = await db.partnership.findFirst({
    where: { id: input.id, AND: [{ members: { some: { memberId: reporterId } } }, { members: { some: { memberId: member.id } } }] },
    select: { id: true },
  });
  if (!partnership) throw nothingToReport();
  return { member, subjectId: partnership.id };
}
