import "server-only";
import type { Tx } from "@/server/db/client";
import { seedDocUpdate } from "@/shared/agreement/doc";
import { firstDraftFor } from "./prefill-source";

/** The channel that carries `{ draftId, partnershipId, id }` of each stored update: ids only, never content. */
export const updatesChannel = "agreement_updates";

export type UpdateNotice = { draftId: string; partnershipId: string; id: string };

/** Stores one update and announces it in the same transaction (NOTIFY is delivered at commit). */
export async function appendUpdate(tx: Tx, draft: { id: string; partnershipId: string }, update: Uint8Array, authorId: string | null): Promise<string> {
  const stored = await tx.agreementDraftUpdate.create({ data: { draftId: draft.id, authorId, update: Buffer.from(update) }, select: { id: true } });
  await tx.agreementDraft.update({ where: { id: draft.id }, data: { size: { increment: update.byteLength } } });
  const notice: UpdateNotice = { draftId: draft.id, partnershipId: draft.partnershipId, id: stored.id.toString() };
  await tx.$executeRaw`SELECT pg_notify(${updatesChannel}, ${JSON.stringify(notice)})`;
  return notice.id;
}

/**
 * Creates a new partnership's agreement draft, its first update being the prefilled document. Runs
 * in the transaction that creates the partnership, so a partnership never exists without its draft.
 */
export async function createAgreementDraft(tx: Tx, partnershipId: string, memberIds: [string, string], now: Date): Promise<string> {
  const agreement = await firstDraftFor(tx, memberIds, now);
  const draft = await tx.agreementDraft.create({ data: { partnershipId, kind: "INITIAL" }, select: { id: true, partnershipId: true } });
  await appendUpdate(tx, draft, seedDocUpdate(agreement), null);
  return draft.id;
}

/** The partnership's first agreement draft (every partnership has one from its creation). */
export function initialDraft(tx: Tx, partnershipId: string) {
  return tx.agreementDraft.findFirstOrThrow({ where: { partnershipId, kind: "INITIAL" }, select: { id: true, partnershipId: true, size: true, snapshot: true, snapshotUpdateId: true } });
}
