import "server-only";
import type { Db, Tx } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { notify } from "@/server/notifications/service";
import { withPartnership, type PartnershipAccess } from "@/server/partnerships/access";
import { recordPartnershipEvent } from "@/server/partnerships/events";
import { seedDocUpdate } from "@/shared/agreement/doc";
import { zAgreement, type Agreement } from "@/shared/agreement/schema";
import { textSections, type TextSectionId } from "@/shared/agreement/sections";
import { appendUpdate } from "./drafts";
import { agreementStep } from "./rules";
import { actorOf, agreementState, refusalError, type AgreementStateRead } from "./versions";

/** What a feature adds to a new amendment draft: one paragraph at the end of one free-text section. */
export type AmendmentPrefill = { section: TextSectionId; paragraph: string };

export type OpenAmendmentOptions = {
  /**
   * Runs first, under the partnership lock (so it can check its own rows and refuse); what it
   * returns is appended, within the section's maxLength, to the draft seeded from the version in
   * force. The version in force itself never changes.
   */
  prefill?: (tx: Tx, access: PartnershipAccess) => Promise<AmendmentPrefill | null>;
  /** With an amendment already open: hand back its draft (`opened: false`) rather than refusing. */
  reuseOpen?: boolean;
};

/**
 * Opens the one amendment draft a partnership may have, seeded here from the version in force
 * (never by a browser: two seeds would both survive the merge). The partial unique index on open
 * drafts backs the check made under the partnership lock.
 */
export function openAmendment(db: Db, memberId: string, input: { partnershipId: string }, options: OpenAmendmentOptions = {}): Promise<{ draftId: string; opened: boolean }> {
  return withPartnership(db, { partnershipId: input.partnershipId, memberId }, async (tx, access) => {
    const partnershipId = access.partnership.id;
    const prefill = (await options.prefill?.(tx, access)) ?? null;
    const state = await agreementState(tx, partnershipId, access.partnership.status);
    const step = agreementStep(state.phase, "OPEN_AMENDMENT", actorOf(state, memberId));
    if (!step.ok && step.reason === "AMENDMENT_ALREADY_OPEN" && options.reuseOpen && state.draft) return { draftId: state.draft.id, opened: false };
    if (!step.ok) throw refusalError(step.reason);
    const inForce = await tx.agreementVersion.findFirst({ where: { partnershipId, status: "IN_FORCE" }, select: { number: true, content: true } });
    if (!inForce) throw refusalError("NOT_IN_FORCE_YET");
    const draft = await tx.agreementDraft.create({ data: { partnershipId, kind: "AMENDMENT", status: "OPEN" }, select: { id: true, partnershipId: true } });
    await appendUpdate(tx, draft, seedDocUpdate(withPrefill(zAgreement.parse(inForce.content), prefill)), null);
    await recordPartnershipEvent(tx, { partnershipId, actorId: memberId, type: "AMENDMENT_OPENED", data: { draftId: draft.id } });
    await notify(tx, { memberId: access.partner.memberId, type: "AMENDMENT_OPENED", data: { partnershipId, fromMemberId: memberId, number: inForce.number } });
    return { draftId: draft.id, opened: true };
  });
}

/** The agreement with the paragraph appended to its section after a blank line, cut to the section's maxLength. */
export function withPrefill(agreement: Agreement, prefill: AmendmentPrefill | null): Agreement {
  if (!prefill || prefill.paragraph.length === 0) return agreement;
  const current = agreement.text[prefill.section];
  const separator = current.trim().length > 0 ? "\n\n" : "";
  const room = textSections[prefill.section].maxLength - current.length - separator.length;
  if (room <= 1) return agreement;
  const paragraph = prefill.paragraph.length <= room ? prefill.paragraph : `${prefill.paragraph.slice(0, room - 1).replace(/[\uD800-\uDBFF]$/u, "")}…`;
  return { ...agreement, text: { ...agreement.text, [prefill.section]: `${current}${separator}${paragraph}` } };
}

/** Closes the open amendment (and withdraws its proposal, if any), in the caller's transaction. */
export async function closeAmendment(tx: Tx, access: PartnershipAccess, state: AgreementStateRead, now: Date): Promise<void> {
  const memberId = access.member.memberId;
  if (!state.draft) throw noAmendment();
  if (state.proposal) {
    await tx.agreementVersion.update({ where: { id: state.proposal.id }, data: { status: "WITHDRAWN", withdrawnReason: "WITHDRAWN_BY_MEMBER", withdrawnById: memberId, closedAt: now } });
  }
  await tx.agreementDraft.update({ where: { id: state.draft.id }, data: { status: "WITHDRAWN" } });
  await recordPartnershipEvent(tx, { partnershipId: access.partnership.id, actorId: memberId, type: "AMENDMENT_WITHDRAWN", data: { draftId: state.draft.id } });
}

const noAmendment = () => new AppError("PRECONDITION", "There's no change to your agreement open right now.");

/** Either partner withdraws the open amendment (and its proposal, if any); the version in force stays. */
export function withdrawAmendment(db: Db, memberId: string, input: { partnershipId: string }, now = new Date()): Promise<void> {
  return withPartnership(db, { partnershipId: input.partnershipId, memberId }, async (tx, access) => {
    const state = await agreementState(tx, access.partnership.id, access.partnership.status);
    const step = agreementStep(state.phase, "WITHDRAW", actorOf(state, memberId));
    if (!step.ok) throw refusalError(step.reason);
    if (step.outcome !== "CLOSE_AMENDMENT") throw noAmendment();
    await closeAmendment(tx, access, state, now);
  });
}
