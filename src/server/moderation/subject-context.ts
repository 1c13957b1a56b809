import "server-only";
import type { Db } from "@/server/db/client";
import type { ReportSubject } from "@/generated/prisma/client";
import { readDraftDoc } from "@/server/agreements/versions";
import { zAgreement } from "@/shared/agreement/schema";
import { checkInAnswerContext, type CheckInAnswerContext } from "./check-in-context";
import { orderPartners, sectionTitles, textSectionIds, type PartnerNames, type TextSectionId } from "@/shared/agreement/sections";

/**
 * What a report is about, as a moderator sees it: only the reported thing itself. A request shows
 * its note; a partnership its status and the kinds of step on its timeline (no details); an
 * agreement the text of its sections; a check-in answer only what the reported member shared in
 * that one check-in. Never their private answers, other check-ins, messages or anything else.
 */
export type SubjectContext =
  | { kind: "PROFILE"; pronouns: string | null; intro: string | null }
  | { kind: "REQUEST_NOTE"; note: string | null; sentByReported: boolean; sentAt: Date; status: string }
  | { kind: "PARTNERSHIP"; status: string; timeline: { type: string; at: Date }[] }
  | { kind: "AGREEMENT"; source: string; sections: { title: string; text: string }[] }
  | CheckInAnswerContext
  | { kind: "UNAVAILABLE" };

const timelineLimit = 100;

export const nameOf = (member: { displayName: string; status: string } | null): string =>
  !member || member.status === "DELETED" ? "A former member" : member.displayName;

async function agreementText(db: Db, partnershipId: string): Promise<SubjectContext> {
  const members = await db.partnershipMember.findMany({ where: { partnershipId }, select: { memberId: true, member: { select: { displayName: true, status: true } } } });
  const [a, b] = members;
  if (!a || !b) return { kind: "UNAVAILABLE" };
  const [first, second] = orderPartners(a, b);
  const names: PartnerNames = { a: nameOf(first.member), b: nameOf(second.member) };
  const sectionsOf = (text: Partial<Record<TextSectionId, string>>) =>
    textSectionIds.map((id) => ({ title: sectionTitles[id](names), text: (text[id] ?? "").trim() })).filter((section) => section.text !== "");

  const draft = await db.agreementDraft.findFirst({ where: { partnershipId, status: "OPEN" }, select: { id: true } });
  if (draft) {
    const read = await db.$transaction((tx) => readDraftDoc(tx, draft.id));
    return { kind: "AGREEMENT", source: "The agreement as it reads now, while the partners edit it", sections: sectionsOf(read.content.text) };
  }
  const version = await db.agreementVersion.findFirst({ where: { partnershipId }, orderBy: { number: "desc" }, select: { number: true, content: true } });
  const parsed = zAgreement.safeParse(version?.content);
  if (!version || !parsed.success) return { kind: "UNAVAILABLE" };
  return { kind: "AGREEMENT", source: `Version ${version.number}, the latest one`, sections: sectionsOf(parsed.data.text) };
}

export async function subjectContext(db: Db, report: { subject: ReportSubject; subjectId: string | null; reportedId: string | null }): Promise<SubjectContext> {
  switch (report.subject) {
    case "PROFILE": {
      if (!report.reportedId) return { kind: "UNAVAILABLE" };
      const profile = await db.profile.findUnique({ where: { memberId: report.reportedId }, select: { pronouns: true, intro: true } });
      return { kind: "PROFILE", pronouns: profile?.pronouns ?? null, intro: profile?.intro ?? null };
    }
    case "REQUEST_NOTE": {
      if (!report.subjectId) return { kind: "UNAVAILABLE" };
      const request = await db.matchRequest.findUnique({ where: { id: report.subjectId }, select: { note: true, senderId: true, createdAt: true, status: true } });
      if (!request) return { kind: "UNAVAILABLE" };
      return { kind: "REQUEST_NOTE", note: request.note, sentByReported: request.senderId === report.reportedId, sentAt: request.createdAt, status: request.status };
    }
    case "PARTNERSHIP": {
      if (!report.subjectId) return { kind: "UNAVAILABLE" };
      const partnership = await db.partnership.findUnique({
        where: { id: report.subjectId },
        select: { status: true, events: { select: { type: true, createdAt: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: timelineLimit } },
      });
      if (!partnership) return { kind: "UNAVAILABLE" };
      return { kind: "PARTNERSHIP", status: partnership.status, timeline: partnership.events.map((e) => ({ type: e.type, at: e.createdAt })) };
    }
    case "AGREEMENT":
      return report.subjectId ? agreementText(db, report.subjectId) : { kind: "UNAVAILABLE" };
    case "CHECK_IN_ANSWER": {
      if (!report.subjectId || !report.reportedId) return { kind: "UNAVAILABLE" };
      return (await checkInAnswerContext(db, report.subjectId, report.reportedId)) ?? { kind: "UNAVAILABLE" };
    }
    default:
      return { kind: "UNAVAILABLE" };
  }
}
