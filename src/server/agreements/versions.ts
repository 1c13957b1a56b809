import "server-only";
import { createHash } from "node:crypto";
import * as Y from "yjs";
import type { Tx } from "@/server/db/client";
import { AppError, type FieldErrors } from "@/server/errors";
import type { PartnershipAccess } from "@/server/partnerships/access";
import type { PartnershipStatus } from "@/server/partnerships/rules";
import { readAgreementDoc, type ReadAgreement, type SectionErrors } from "@/shared/agreement/doc";
import { agreementStep, phaseOf, type Actor, type AgreementPhase, type Refusal } from "./rules";

export const sha256Hex = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/**
 * The draft's document as stored now (snapshot, then every update after it), read into the
 * agreement. The draft row is key-share locked, as readers do, so compaction cannot move the
 * snapshot between the two reads.
 */
export async function readDraftDoc(tx: Tx, draftId: string): Promise<ReadAgreement> {
  const [draft] = await tx.$queryRaw<{ snapshot: Uint8Array | null; snapshotUpdateId: bigint }[]>`
    SELECT snapshot, "snapshotUpdateId" FROM agreement_draft WHERE id = ${draftId} FOR KEY SHARE`;
  if (!draft) throw new AppError("NOT_FOUND", "We couldn't find this partnership's agreement.");
  const updates = await tx.agreementDraftUpdate.findMany({ where: { draftId, id: { gt: draft.snapshotUpdateId } }, orderBy: { id: "asc" }, select: { update: true } });
  const doc = new Y.Doc();
  if (draft.snapshot) Y.applyUpdate(doc, draft.snapshot);
  for (const u of updates) Y.applyUpdate(doc, u.update);
  const read = readAgreementDoc(doc);
  doc.destroy();
  return read;
}

/** Section errors as the API's `fieldErrors`, keyed "section.field" ("rhythm.timezone", "goalsA.text"). */
export function fieldErrorsOf(errors: SectionErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const [section, list] of Object.entries(errors)) for (const e of list ?? []) (out[`${section}.${e.field}`] ??= []).push(e.message);
  return out;
}

const proposalSelect = { id: true, number: true, hash: true, content: true, draftId: true, proposedById: true, signatures: { select: { memberId: true } } } as const;

/** Where the agreement stands, read with the partnership locked by the caller. */
export async function agreementState(tx: Tx, partnershipId: string, status: PartnershipStatus) {
  const draft = await tx.agreementDraft.findFirst({ where: { partnershipId, status: "OPEN" }, select: { id: true, partnershipId: true, kind: true, size: true } });
  const proposal = await tx.agreementVersion.findFirst({ where: { partnershipId, status: "PROPOSED" }, select: proposalSelect });
  const phase: AgreementPhase = phaseOf({ status, amendmentOpen: draft?.kind === "AMENDMENT", proposed: proposal !== null });
  return { phase, draft, proposal };
}
export type AgreementStateRead = Awaited<ReturnType<typeof agreementState>>;

export const actorOf = (state: AgreementStateRead, memberId: string): Actor => (state.proposal?.proposedById === memberId ? "PROPOSER" : "PARTNER");

/** The agreement's state when `memberId` may edit its open draft now (the EDIT rule); refused as an edit would be otherwise. */
export async function editingState(tx: Tx, partnership: { id: string; status: PartnershipStatus }, memberId: string) {
  const state = await agreementState(tx, partnership.id, partnership.status);
  const step = agreementStep(state.phase, "EDIT", actorOf(state, memberId));
  if (!step.ok) throw refusalError(step.reason);
  if (!state.draft) throw new AppError("NOT_FOUND", "We couldn't find this partnership's agreement.");
  return { ...state, draft: state.draft };
}

const refusals: Record<Refusal, () => AppError> = {
  ENDED: () => new AppError("PRECONDITION", "This partnership has ended, so its agreement can no longer change."),
  ALREADY_PROPOSED: () =>
    new AppError("CONFLICT", "This agreement has already been proposed. Reload the page to read it: you can sign it or ask for changes."),
  NOTHING_PROPOSED: () => new AppError("PRECONDITION", "There's nothing waiting to be signed right now. Reload the page to see where your agreement stands."),
  ALREADY_SIGNED: () => new AppError("CONFLICT", "You've already signed this version. It's waiting for your partner now."),
  OWN_PROPOSAL: () => new AppError("PRECONDITION", "This is your own proposal. To change it, edit the draft or withdraw the proposal."),
  IN_FORCE: () => new AppError("PRECONDITION", "This agreement is already in place. Changes to it come with renegotiation."),
  AMENDMENT_ALREADY_OPEN: () => new AppError("CONFLICT", "A change to your agreement is already open. You can work on it together, or withdraw it first."),
  NOT_IN_FORCE_YET: () => new AppError("PRECONDITION", "Your agreement isn't in force yet. Keep shaping the draft together, then propose it."),
  NOTHING_TO_WITHDRAW: () => new AppError("PRECONDITION", "There's no proposal or change to withdraw right now."),
};

export const refusalError = (reason: Refusal) => refusals[reason]();

/** Why a version that is not the open proposal can't be signed or answered, from what became of it. */
export async function staleVersionError(tx: Tx, partnershipId: string, versionId: string): Promise<AppError> {
  const version = await tx.agreementVersion.findFirst({ where: { id: versionId, partnershipId }, select: { status: true, withdrawnReason: true } });
  if (!version) return new AppError("NOT_FOUND", "We couldn't find that version of your agreement.");
  switch (version.status) {
    case "WITHDRAWN":
      return version.withdrawnReason === "EDITED"
        ? new AppError("PRECONDITION", "This version was changed after it was proposed, so it can't be signed. Read the latest draft; it needs proposing again.")
        : new AppError("PRECONDITION", "This proposal was withdrawn, so it can't be signed. The draft is open to change again.");
    case "CHANGES_REQUESTED":
      return new AppError("PRECONDITION", "Changes were asked for on this version, so it can't be signed any more. The draft is open to change again.");
    case "SUPERSEDED":
      return new AppError("PRECONDITION", "A newer version of your agreement has replaced this one, so it can't be signed.");
    case "IN_FORCE":
      return new AppError("CONFLICT", "This version is already signed by you both and in force.");
    case "PROPOSED":
      return new AppError("CONFLICT", "Your agreement changed meanwhile. Reload the page to see where it stands.");
  }
}

export const who = (memberId: string | null, access: Pick<PartnershipAccess, "member">): "you" | "partner" | null =>
  memberId === null ? null : memberId === access.member.memberId ? "you" : "partner";
