import "server-only";
import * as Y from "yjs";
import { z } from "zod";
import type { Tx } from "@/server/db/client";
import { fieldKeys } from "@/shared/agreement/fields";
import { sectionIds } from "@/shared/agreement/sections";
import { foldUpdates, type HistoryEntryState } from "./history-fold";

const zEntryRow = z.object({
  id: z.bigint(),
  authorId: z.string().nullable(),
  section: z.enum(sectionIds),
  field: z.enum(fieldKeys).nullable(),
  before: z.string(),
  after: z.string(),
  startedAt: z.date(),
  endedAt: z.date(),
  lastUpdateId: z.bigint(),
});

/** Each part's newest entry: the bursts the next updates may continue. */
async function latestEntries(tx: Tx, draftId: string): Promise<HistoryEntryState[]> {
  const rows = await tx.$queryRaw<unknown[]>`
    SELECT DISTINCT ON (section, field) id, "authorId", section, field, before, after, "startedAt", "endedAt", "lastUpdateId"
    FROM agreement_history_entry WHERE "draftId" = ${draftId}
    ORDER BY section, field, "lastUpdateId" DESC, id DESC`;
  return rows.map((row) => zEntryRow.parse(row));
}

/** The document as it was after update `cursor`: the snapshot, then the updates it has not merged. */
async function docAt(tx: Tx, draftId: string, draft: { snapshot: Uint8Array | null; snapshotUpdateId: bigint }, cursor: bigint): Promise<Y.Doc> {
  const doc = new Y.Doc();
  if (draft.snapshot) Y.applyUpdate(doc, draft.snapshot);
  const merged = await tx.agreementDraftUpdate.findMany({ where: { draftId, id: { gt: draft.snapshotUpdateId, lte: cursor } }, orderBy: { id: "asc" }, select: { update: true } });
  for (const u of merged) Y.applyUpdate(doc, u.update);
  return doc;
}

export type DraftHistoryState = { snapshot: Uint8Array | null; snapshotUpdateId: bigint; historyUpdateId: bigint };

/**
 * Records the updates after the draft's history cursor into the history and returns the new
 * cursor, without writing it: the caller holds the draft row locked and saves the cursor in its
 * one update of that row. (A second UPDATE of a row this transaction already updated re-checks
 * its foreign key, taking a share lock on the partnership, which a push holds while it waits for
 * this draft row: a deadlock.)
 *
 * The history needs no document of its own: compaction merges only updates at or below the
 * cursor, so the snapshot plus the updates up to the cursor is the document the history last saw.
 */
export async function foldPendingUpdates(tx: Tx, draftId: string, draft: DraftHistoryState): Promise<bigint> {
  // A draft compacted before it had a history: its history starts from the snapshot.
  const cursor = draft.historyUpdateId > draft.snapshotUpdateId ? draft.historyUpdateId : draft.snapshotUpdateId;
  const pending = await tx.agreementDraftUpdate.findMany({ where: { draftId, id: { gt: cursor } }, orderBy: { id: "asc" }, select: { id: true, authorId: true, createdAt: true, update: true } });
  const last = pending.at(-1);
  if (!last) return cursor;
  const doc = await docAt(tx, draftId, draft, cursor);
  const steps = pending.map((u) => ({ updateId: u.id, authorId: u.authorId, at: u.createdAt, update: u.update }));
  const { save, remove } = foldUpdates(doc, await latestEntries(tx, draftId), steps);
  doc.destroy();
  if (remove.length > 0) await tx.agreementHistoryEntry.deleteMany({ where: { id: { in: remove } } });
  for (const entry of save) {
    if (entry.id !== null) await tx.agreementHistoryEntry.update({ where: { id: entry.id }, data: { after: entry.after, endedAt: entry.endedAt, lastUpdateId: entry.lastUpdateId } });
  }
  const created = save.filter((e) => e.id === null);
  if (created.length > 0) await tx.agreementHistoryEntry.createMany({ data: created.map(({ id: _id, ...entry }) => ({ ...entry, draftId })) });
  return last.id;
}

/**
 * Records every committed update after the draft's history cursor into the history, then moves
 * the cursor. The draft row stays locked (`FOR NO KEY UPDATE`) until the caller's transaction
 * ends: two folds never record the same update twice, a push mid-commit is waited for, and
 * readers of the document (`FOR KEY SHARE`) are not held up. Returns the cursor.
 */
export async function recordHistory(tx: Tx, draftId: string): Promise<bigint> {
  const [draft] = await tx.$queryRaw<DraftHistoryState[]>`
    SELECT snapshot, "snapshotUpdateId", "historyUpdateId" FROM agreement_draft WHERE id = ${draftId} FOR NO KEY UPDATE`;
  if (!draft) return 0n;
  const cursor = await foldPendingUpdates(tx, draftId, draft);
  if (cursor !== draft.historyUpdateId) await tx.agreementDraft.update({ where: { id: draftId }, data: { historyUpdateId: cursor } });
  return cursor;
}
