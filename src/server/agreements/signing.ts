import "server-only";
import { z } from "zod";
import type { Db, Tx } from "@/server/db/client";
import { inviteToCheckIns } from "@/server/calendar/invitations";
import { AppError } from "@/server/errors";
import { notify, settleNotices } from "@/server/notifications/service";
import { withPartnership, type PartnershipAccess } from "@/server/partnerships/access";
import { recordPartnershipEvent } from "@/server/partnerships/events";
import type { PartnershipStatus } from "@/server/partnerships/rules";
import { runTransition } from "@/server/partnerships/transitions";
import { canonicalJson } from "@/shared/agreement/canonical";
import { changedSections } from "@/shared/agreement/changed-sections";
import type { Agreement } from "@/shared/agreement/schema";
import { closeAmendment } from "./amendments";
import { agreementStep } from "./rules";
import { actorOf, agreementState, fieldErrorsOf, readDraftDoc, refusalError, sha256Hex, staleVersionError, type AgreementStateRead } from "./versions";

const zLooseAgreement = z.object({ text: z.record(z.string(), z.unknown()), fields: z.record(z.string(), z.unknown()) });

/** The stored content of a version, read loosely: enough to compare it with the document. */
const storedContent = (content: unknown) => zLooseAgreement.parse(content);

/** A version's content as Prisma stores JSON (the agreement holds only strings, numbers, booleans and arrays). */
const asJson = (agreement: Agreement) => ({ text: { ...agreement.text }, fields: { ...agreement.fields, weekdays: [...agreement.fields.weekdays] } });

/**
 * Freezes the open draft as the next version, signed by the proposer: proposing is consent to
 * exactly this text. `seen` is the canonical JSON of the document as the proposer's editor reads
 * it; when the stored document differs (the partner typed meanwhile), nothing is frozen.
 */
export function propose(db: Db, memberId: string, input: { partnershipId: string; seen: string }): Promise<{ versionId: string; number: number; hash: string }> {
  return withPartnership(db, { partnershipId: input.partnershipId, memberId }, async (tx, access) => {
    const state = await agreementState(tx, access.partnership.id, access.partnership.status);
    const step = agreementStep(state.phase, "PROPOSE", actorOf(state, memberId));
    if (!step.ok) throw refusalError(step.reason);
    if (!state.draft) throw new AppError("NOT_FOUND", "We couldn't find this partnership's agreement.");
    const read = await readDraftDoc(tx, state.draft.id);
    if (!read.valid) throw new AppError("BAD_INPUT", "A few sections need a change before you can propose. Each one says what to fix.", { fieldErrors: fieldErrorsOf(read.errors) });
    const canonical = canonicalJson(read.agreement);
    if (canonical !== input.seen) {
      throw new AppError("CONFLICT", "The agreement changed while you were proposing it. Look over the latest changes, then propose again.");
    }
    const last = await tx.agreementVersion.findFirst({ where: { partnershipId: access.partnership.id }, orderBy: { number: "desc" }, select: { number: true } });
    const number = (last?.number ?? 0) + 1;
    const version = await tx.agreementVersion.create({
      data: {
        partnershipId: access.partnership.id,
        draftId: state.draft.id,
        number,
        content: asJson(read.agreement),
        hash: sha256Hex(canonical),
        proposedById: memberId,
        signatures: { create: { memberId } },
      },
      select: { id: true, number: true, hash: true },
    });
    await recordPartnershipEvent(tx, { partnershipId: access.partnership.id, actorId: memberId, type: "AGREEMENT_PROPOSED", data: { versionId: version.id, number } });
    await notify(tx, { memberId: access.partner.memberId, type: "AGREEMENT_PROPOSED", data: { partnershipId: access.partnership.id, fromMemberId: memberId, number } });
    // Proposing answers the partner's request for changes (and any change they opened).
    await settleNotices(tx, memberId, ["AGREEMENT_CHANGES_REQUESTED", "AMENDMENT_OPENED"], { partnershipId: access.partnership.id });
    return { versionId: version.id, number: version.number, hash: version.hash };
  });
}

type SignInput = { partnershipId: string; versionId: string; hash: string };

/** The open proposal, if it is the one named; otherwise why that version can't be acted on. */
async function namedProposal(tx: Tx, state: AgreementStateRead, partnershipId: string, versionId: string) {
  if (!state.proposal || state.proposal.id !== versionId) throw await staleVersionError(tx, partnershipId, versionId);
  return state.proposal;
}

/** The signer's writes: their signature, the version in force (replacing any before it), the draft closed. */
async function signProposal(tx: Tx, access: PartnershipAccess, statusBefore: PartnershipStatus, input: SignInput, now: Date): Promise<void> {
  const memberId = access.member.memberId;
  const partnershipId = access.partnership.id;
  const state = await agreementState(tx, partnershipId, statusBefore);
  if (state.phase === "ENDED") throw refusalError("ENDED");
  const proposal = await namedProposal(tx, state, partnershipId, input.versionId);
  const step = agreementStep(state.phase, "SIGN", actorOf(state, memberId));
  if (!step.ok) throw refusalError(step.reason);
  if (proposal.hash !== input.hash) {
    throw new AppError("CONFLICT", "What you signed doesn't match this version. Reload the page, read it again, then sign.", { fieldErrors: { hash: ["This doesn't match the version."] } });
  }
  const amendment = state.draft?.kind === "AMENDMENT";
  const replaced = await tx.agreementVersion.findFirst({
    where: { partnershipId, status: "IN_FORCE" },
    select: { number: true, content: true, inForceAt: true, createdAt: true },
  });
  await tx.agreementVersion.updateMany({ where: { partnershipId, status: "IN_FORCE" }, data: { status: "SUPERSEDED", closedAt: now } });
  await tx.agreementSignature.create({ data: { versionId: proposal.id, memberId, signedAt: now } });
  await tx.agreementVersion.update({ where: { id: proposal.id }, data: { status: "IN_FORCE", inForceAt: now, closedAt: now } });
  await tx.agreementDraft.update({ where: { id: proposal.draftId }, data: { status: "IN_FORCE" } });
  const data = { versionId: proposal.id, number: proposal.number };
  await recordPartnershipEvent(tx, { partnershipId, actorId: memberId, type: "AGREEMENT_SIGNED", data });
  await recordPartnershipEvent(tx, { partnershipId, actorId: null, type: "AGREEMENT_IN_FORCE", data });
  const notice = { partnershipId, fromMemberId: memberId, number: proposal.number };
  await notify(tx, { memberId: access.partner.memberId, type: amendment ? "AMENDMENT_IN_FORCE" : "AGREEMENT_SIGNED", data: notice });
  await settleNotices(tx, memberId, ["AGREEMENT_PROPOSED", "AMENDMENT_OPENED"], { partnershipId }, now);
  await inviteToCheckIns(tx, { partnershipId, inForce: { number: proposal.number, content: proposal.content, inForceAt: now, createdAt: now }, replaced }, now);
}

const signRefused = (status: PartnershipStatus) =>
  status === "ENDED" ? refusalError("ENDED") : new AppError("CONFLICT", "Your agreement is already signed by you both and in force. Reload the page to see it.");

/**
 * The partner signs the open proposal (the proposer signed by proposing), naming its hash. The
 * first agreement's signature activates the partnership through the kernel in the same
 * transaction; an amendment's replaces the version in force and leaves the status as it is.
 */
export async function sign(db: Db, memberId: string, input: SignInput, now = new Date()): Promise<{ status: PartnershipStatus }> {
  // Only routes the call; every check is made again below with the partnership locked.
  const target = await db.agreementVersion.findFirst({ where: { id: input.versionId, partnershipId: input.partnershipId }, select: { draft: { select: { kind: true } } } });
  if (target?.draft.kind === "INITIAL") {
    const after = await runTransition(
      db,
      { partnershipId: input.partnershipId, memberId, action: "ACTIVATE", data: {}, refused: signRefused, apply: (tx, access) => signProposal(tx, access, "DRAFTING", input, now) },
      now,
    );
    return { status: after.partnership.status };
  }
  return withPartnership(db, { partnershipId: input.partnershipId, memberId }, async (tx, access) => {
    if (!target) throw await staleVersionError(tx, access.partnership.id, input.versionId);
    await signProposal(tx, access, access.partnership.status, input, now);
    return { status: access.partnership.status };
  });
}

/** The partner asks for changes to the open proposal with a note; the draft is open again for both. */
export function requestChanges(db: Db, memberId: string, input: { partnershipId: string; versionId: string; comment: string }, now = new Date()): Promise<void> {
  return withPartnership(db, { partnershipId: input.partnershipId, memberId }, async (tx, access) => {
    const state = await agreementState(tx, access.partnership.id, access.partnership.status);
    if (state.phase === "ENDED") throw refusalError("ENDED");
    const proposal = await namedProposal(tx, state, access.partnership.id, input.versionId);
    const step = agreementStep(state.phase, "REQUEST_CHANGES", actorOf(state, memberId));
    if (!step.ok) throw refusalError(step.reason);
    await tx.agreementVersion.update({ where: { id: proposal.id }, data: { status: "CHANGES_REQUESTED", changesComment: input.comment, changesById: memberId, closedAt: now } });
    await recordPartnershipEvent(tx, { partnershipId: access.partnership.id, actorId: memberId, type: "AGREEMENT_CHANGES_REQUESTED", data: { versionId: proposal.id, number: proposal.number } });
    await settleNotices(tx, memberId, ["AGREEMENT_PROPOSED"], { partnershipId: access.partnership.id }, now);
    if (proposal.proposedById) {
      await notify(tx, { memberId: proposal.proposedById, type: "AGREEMENT_CHANGES_REQUESTED", data: { partnershipId: access.partnership.id, fromMemberId: memberId, number: proposal.number } });
    }
  });
}

/** Either partner withdraws the open proposal; the first draft stays as it is, open to change. */
export function withdrawProposal(db: Db, memberId: string, input: { partnershipId: string; versionId: string }, now = new Date()): Promise<void> {
  return withPartnership(db, { partnershipId: input.partnershipId, memberId }, async (tx, access) => {
    const state = await agreementState(tx, access.partnership.id, access.partnership.status);
    if (state.phase === "ENDED") throw refusalError("ENDED");
    const proposal = await namedProposal(tx, state, access.partnership.id, input.versionId);
    const step = agreementStep(state.phase, "WITHDRAW", actorOf(state, memberId));
    if (!step.ok) throw refusalError(step.reason);
    // An amendment's proposal goes with the amendment (the state machine's CLOSE_AMENDMENT).
    if (step.outcome === "CLOSE_AMENDMENT") await closeAmendment(tx, access, state, now);
    else await closeProposal(tx, access, proposal, { reason: "WITHDRAWN_BY_MEMBER", sections: [] }, now);
  });
}

async function closeProposal(
  tx: Tx,
  access: PartnershipAccess,
  proposal: { id: string; number: number },
  why: { reason: "EDITED" | "WITHDRAWN_BY_MEMBER"; sections: ReturnType<typeof changedSections> },
  now: Date,
) {
  const memberId = access.member.memberId;
  await tx.agreementVersion.update({ where: { id: proposal.id }, data: { status: "WITHDRAWN", withdrawnReason: why.reason, withdrawnById: memberId, changedSections: why.sections, closedAt: now } });
  await recordPartnershipEvent(tx, {
    partnershipId: access.partnership.id,
    actorId: memberId,
    type: "AGREEMENT_PROPOSAL_WITHDRAWN",
    data: { versionId: proposal.id, number: proposal.number, reason: why.reason, sections: why.sections },
  });
}

/**
 * After a push to a draft with an open proposal, in the push's transaction: when the document no
 * longer reads as the frozen version, the proposal and its signatures are void (reason EDITED),
 * naming the sections that changed. A push that changes nothing the version holds leaves it.
 */
export async function withdrawIfEdited(tx: Tx, access: PartnershipAccess, state: AgreementStateRead, now = new Date()): Promise<void> {
  const proposal = state.proposal;
  if (!proposal || !state.draft || proposal.draftId !== state.draft.id) return;
  const read = await readDraftDoc(tx, state.draft.id);
  const frozen = storedContent(proposal.content);
  if (canonicalJson(read.content) === canonicalJson(frozen)) return;
  const step = agreementStep(state.phase, "EDIT", actorOf(state, access.member.memberId));
  if (!step.ok) throw refusalError(step.reason);
  await closeProposal(tx, access, proposal, { reason: "EDITED", sections: changedSections(frozen, read.content) }, now);
}
