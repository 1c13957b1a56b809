import "server-only";
import type { Db } from "@/server/db/client";
import { readDraftDoc } from "@/server/agreements/versions";
import { exportLimits, whoIs, type ExportSection } from "./section";

async function currentDraftText(db: Db, partnershipId: string) {
  const draft = await db.agreementDraft.findFirst({ where: { partnershipId, status: "OPEN" }, orderBy: { createdAt: "desc" }, select: { id: true, kind: true } });
  if (!draft) return null;
  const read = await db.$transaction((tx) => readDraftDoc(tx, draft.id));
  return { kind: draft.kind, ...read.content };
}

/** For each partnership: every version with its text and signatures, and the draft being written now. */
export const agreementsSection: ExportSection = {
  key: "agreements",
  describes: "Agreements from your partnerships: every version with its text and who signed it when, and the draft being written now.",
  read: async (db, memberId) => {
    const partnerships = await db.partnership.findMany({
      where: { members: { some: { memberId } } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: exportLimits.partnerships,
      select: {
        id: true,
        versions: {
          orderBy: { number: "asc" },
          take: exportLimits.versionsPerPartnership,
          select: {
            number: true,
            status: true,
            content: true,
            proposedById: true,
            createdAt: true,
            inForceAt: true,
            closedAt: true,
            changesComment: true,
            signatures: { orderBy: { signedAt: "asc" }, select: { memberId: true, signedAt: true } },
          },
        },
      },
    });
    const out = [];
    for (const p of partnerships) {
      out.push({
        partnershipId: p.id,
        versions: p.versions.map((v) => ({
          number: v.number,
          status: v.status,
          proposedBy: whoIs(v.proposedById, memberId),
          proposedAt: v.createdAt,
          inForceAt: v.inForceAt,
          closedAt: v.closedAt,
          changesAskedFor: v.changesComment,
          content: v.content,
          signatures: v.signatures.map((s) => ({ by: whoIs(s.memberId, memberId), signedAt: s.signedAt })),
        })),
        currentDraft: await currentDraftText(db, p.id),
      });
    }
    return out;
  },
};
