import "server-only";
import type { Db, Tx } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { channels } from "@/server/realtime/channels";
import { seedDocUpdate } from "@/shared/agreement/doc";
import { firstDraftFor } from "./prefill-source";


export type UpdateNotice = { draftId: string; partnershipId: string; id: string };

/** Stores one update and announces it in the same transaction (NOTIFY is delivered at commit). */
export async function appendUpdate(tx: Tx, draft: { id: string; partnershipId: string }, update: Uint8Array, authorId: string | null): Promise<string> {
  const stored = await tx.agreementDraftUpdate.create({ data: { draftId: draft.id, authorId, update: Buffer.from(update) }, select: { id: true } });
  await tx.agreementDraft.update({ where: { id: draft.id }, data: { size: { increment: update.byteLength } } });
  const notice: UpdateNotice = { draftId: draft.id, partnershipId: draft.partnershipId, id: stored.id.toString() };
  await tx.$executeRaw`SELECT pg_notify(${channels.agreementUpdates}, ${JSON.stringify(notice)})`;
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

/** The partnership's first agreement draft (every partnership made by accepting a request has one). */
export async function initialDraft(tx: Tx, partnershipId: string) {
  const draft = await tx.agreementDraft.findFirst({ where: { partnershipId, kind: "INITIAL" }, select: { id: true, partnershipId: true, size: true } });
  if (!draft) throw new AppError("NOT_FOUND", "We couldn't find this partnership's agreement.");
  return draft;
}

/** The draft being written (the first one while DRAFTING, an amendment while one is open), else the first. */
export async function currentDraft(tx: Tx, partnershipId: string) {
  const open = await tx.agreementDraft.findFirst({ where: { partnershipId, status: "OPEN" }, select: { id: true, partnershipId: true, size: true } });
  return open ?? initialDraft(tx, partnershipId);
}

export type StoredUpdate = { id: string; update: Uint8Array };

/**
 * What a reader needs after update `afterId`: the snapshot when compaction has merged past that id
 * (a Yjs state merges into any document, whatever it already holds), then the updates after it.
 * The draft row is key-share locked so a compaction cannot run between the two reads; pushes
 * are not held up.
 */
export function readSince(db: Db, draftId: string, afterId: bigint): Promise<{ snapshot: StoredUpdate | null; updates: StoredUpdate[] }> {
  return db.$transaction(async (tx) => {
    const [draft] = await tx.$queryRaw<{ snapshot: Uint8Array | null; snapshotUpdateId: bigint }[]>`
      SELECT snapshot, "snapshotUpdateId" FROM agreement_draft WHERE id = ${draftId} FOR KEY SHARE`;
    if (!draft) return { snapshot: null, updates: [] };
    const snapshot = draft.snapshot && afterId < draft.snapshotUpdateId ? { id: draft.snapshotUpdateId.toString(), update: draft.snapshot } : null;
    const from = afterId > draft.snapshotUpdateId ? afterId : draft.snapshotUpdateId;
    const rows = await tx.agreementDraftUpdate.findMany({ where: { draftId, id: { gt: from } }, orderBy: { id: "asc" }, select: { id: true, update: true } });
    return { snapshot, updates: rows.map((r) => ({ id: r.id.toString(), update: r.update })) };
  });
}
