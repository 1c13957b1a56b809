import "server-only";
import type { Db } from "@/server/db/client";
import { readingPartnership } from "@/server/partnerships/access";
import { zAgreement, type Agreement } from "@/shared/agreement/schema";
import { sectionDiff, type SectionDiff } from "@/shared/agreement/section-diff";
import { sectionIds, type SectionId } from "@/shared/agreement/sections";
import type { AgreementPhase } from "./rules";
import { agreementState, readDraftDoc, who } from "./versions";

type Who = "you" | "partner" | null;

export type FrozenVersion = { versionId: string; number: number; hash: string; content: Agreement; at: Date };

export type SigningView = {
  phase: AgreementPhase;
  /** The open proposal: who proposed it and who has signed it. */
  proposal: (FrozenVersion & { proposedBy: Who; signedBy: Who[] }) | null;
  /** What became of the draft's last proposal, while none is open: the draft was edited, it was withdrawn, changes were asked for, or the partnership ended. */
  lastOutcome: { number: number; kind: "EDITED" | "WITHDRAWN_BY_MEMBER" | "PARTNERSHIP_ENDED" | "CHANGES_REQUESTED"; by: Who; sections: SectionId[]; comment: string | null; at: Date } | null;
  inForce: FrozenVersion | null;
  /** While an amendment is open: what it would change against the version in force (its proposal's, or the live draft's). */
  changes: SectionDiff[] | null;
};

const isSection = (id: string): id is SectionId => (sectionIds as readonly string[]).includes(id);

/** Where the agreement stands for one of its two members (strangers get NOT_FOUND). */
export function signingView(db: Db, memberId: string, partnershipId: string): Promise<SigningView> {
  return readingPartnership(db, { partnershipId, memberId }, async (tx, access) => {
    const state = await agreementState(tx, access.partnership.id, access.partnership.status);
    const proposalRow = state.proposal
      ? await tx.agreementVersion.findUniqueOrThrow({ where: { id: state.proposal.id }, select: { createdAt: true, signatures: { select: { memberId: true } } } })
      : null;
    const proposal =
      state.proposal && proposalRow
        ? {
            versionId: state.proposal.id,
            number: state.proposal.number,
            hash: state.proposal.hash,
            content: zAgreement.parse(state.proposal.content),
            at: proposalRow.createdAt,
            proposedBy: who(state.proposal.proposedById, access),
            signedBy: proposalRow.signatures.map((s) => who(s.memberId, access)),
          }
        : null;
    const closed =
      !proposal && state.draft
        ? await tx.agreementVersion.findFirst({
            where: { draftId: state.draft.id, status: { in: ["WITHDRAWN", "CHANGES_REQUESTED"] } },
            orderBy: { number: "desc" },
            select: { number: true, status: true, withdrawnReason: true, withdrawnById: true, changedSections: true, changesComment: true, changesById: true, closedAt: true, createdAt: true },
          })
        : null;
    const lastOutcome = closed
      ? {
          number: closed.number,
          kind: closed.status === "CHANGES_REQUESTED" ? ("CHANGES_REQUESTED" as const) : (closed.withdrawnReason ?? "WITHDRAWN_BY_MEMBER"),
          by: who(closed.status === "CHANGES_REQUESTED" ? closed.changesById : closed.withdrawnById, access),
          sections: closed.changedSections.filter(isSection),
          comment: closed.changesComment,
          at: closed.closedAt ?? closed.createdAt,
        }
      : null;
    const inForceRow = await tx.agreementVersion.findFirst({
      where: { partnershipId: access.partnership.id, status: "IN_FORCE" },
      select: { id: true, number: true, hash: true, content: true, inForceAt: true, createdAt: true },
    });
    const inForce = inForceRow
      ? { versionId: inForceRow.id, number: inForceRow.number, hash: inForceRow.hash, content: zAgreement.parse(inForceRow.content), at: inForceRow.inForceAt ?? inForceRow.createdAt }
      : null;
    const amending = state.phase === "AMENDMENT_OPEN" || state.phase === "AMENDMENT_PROPOSED";
    const changes = inForce && amending && state.draft ? sectionDiff(inForce.content, proposal ? proposal.content : (await readDraftDoc(tx, state.draft.id)).content) : null;
    return { phase: state.phase, proposal, lastOutcome, inForce, changes };
  });
}
