import "server-only";
import * as Y from "yjs";
import type { Db } from "@/server/db/client";
import { foldPendingUpdates } from "./history";

/** A draft is compacted once this many updates wait after its snapshot. */
export const compactAfterUpdates = 200;

/** Recording thousands of updates into the history can outlast Prisma's 5-second default. */
const compactionTransaction = { timeout: 60_000 };

/**
 * Merges the draft's snapshot and every committed update after it into a new snapshot, then
 * deletes exactly the updates it merged, by id: an update committed meanwhile is never lost. The
 * draft row is locked (`FOR UPDATE`, skipped when someone else holds it), which also waits for
 * pushes that are mid-commit and keeps readers from seeing the snapshot and updates out of step.
 * The history records the updates first, under the same lock, and only updates it has recorded
 * are merged: the history is built from updates, and this deletes them. The draft row is updated
 * once (see `foldPendingUpdates`). Returns how many updates were merged.
 */
export function compactDraft(db: Db, draftId: string): Promise<number> {
  return db.$transaction(async (tx) => {
    const [draft] = await tx.$queryRaw<{ snapshot: Uint8Array | null; snapshotUpdateId: bigint; historyUpdateId: bigint; size: number }[]>`
      SELECT snapshot, "snapshotUpdateId", "historyUpdateId", size FROM agreement_draft WHERE id = ${draftId} FOR UPDATE SKIP LOCKED`;
    if (!draft) return 0;
    const recorded = await foldPendingUpdates(tx, draftId, draft);
    const updates = await tx.agreementDraftUpdate.findMany({ where: { draftId, id: { gt: draft.snapshotUpdateId, lte: recorded } }, orderBy: { id: "asc" }, select: { id: true, update: true } });
    const last = updates.at(-1);
    if (!last) {
      if (recorded !== draft.historyUpdateId) await tx.agreementDraft.update({ where: { id: draftId }, data: { historyUpdateId: recorded } });
      return 0;
    }
    const doc = new Y.Doc();
    if (draft.snapshot) Y.applyUpdate(doc, draft.snapshot);
    for (const u of updates) Y.applyUpdate(doc, u.update);
    const snapshot = Y.encodeStateAsUpdate(doc);
    doc.destroy();
    const merged = updates.reduce((sum, u) => sum + u.update.byteLength, draft.snapshot?.byteLength ?? 0);
    await tx.agreementDraft.update({ where: { id: draftId }, data: { snapshot: Buffer.from(snapshot), snapshotUpdateId: last.id, historyUpdateId: recorded, size: draft.size - merged + snapshot.byteLength } });
    await tx.agreementDraftUpdate.deleteMany({ where: { id: { in: updates.map((u) => u.id) } } });
    return updates.length;
  }, compactionTransaction);
}

/** Drafts with at least `threshold` updates after their snapshot. */
export async function draftsToCompact(db: Db, threshold = compactAfterUpdates): Promise<string[]> {
  const rows = await db.$queryRaw<{ draftId: string }[]>`
    SELECT u."draftId" FROM agreement_draft_update u JOIN agreement_draft d ON d.id = u."draftId"
    WHERE u.id > d."snapshotUpdateId" GROUP BY u."draftId" HAVING count(*) >= ${threshold}`;
  return rows.map((r) => r.draftId);
}
