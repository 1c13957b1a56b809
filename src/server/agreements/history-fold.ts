/**
 * The agreement's history, pure: stored updates are folded into entries, one per author, part and
 * burst of editing. An update continues a part's latest entry when the same person made it within
 * `burstWindowMs` of that entry's last change; otherwise it starts a new one.
 */
import * as Y from "yjs";
import { applyAndTouched, partKey, readPart, type HistoryPart } from "./history-changes";

/** How long a pause ends a burst: typing with short breaks reads as one change. */
export const burstWindowMs = 3 * 60_000;

export type HistoryEntryState = HistoryPart & {
  /** Null until the entry is stored. */
  id: bigint | null;
  authorId: string | null;
  before: string;
  after: string;
  startedAt: Date;
  endedAt: Date;
  lastUpdateId: bigint;
};

/** One stored update: who pushed it, when, and its bytes. */
export type StoredStep = { updateId: bigint; authorId: string | null; at: Date; update: Uint8Array };

/** Entries to store (new ones with a null id, in order) and stored ones to delete. */
export type FoldResult = { save: HistoryEntryState[]; remove: bigint[] };

export function continuesBurst(entry: Pick<HistoryEntryState, "authorId" | "endedAt">, step: Pick<StoredStep, "authorId" | "at">, windowMs = burstWindowMs): boolean {
  return entry.authorId === step.authorId && step.at.getTime() - entry.endedAt.getTime() <= windowMs;
}

/**
 * Folds `steps` (in update order) onto `latest`, each part's newest stored entry, starting from
 * `base`, the document as it was before the first step. A second copy of the document follows one
 * update behind, so the text a new burst starts from (and the one before it ended with) is read
 * there, once per burst rather than once per update. A burst that ends where it began (a word
 * typed, then deleted) is no change, so its entry goes.
 */
export function foldUpdates(base: Y.Doc, latest: readonly HistoryEntryState[], steps: readonly StoredStep[], windowMs = burstWindowMs): FoldResult {
  const ahead = new Y.Doc();
  const behind = new Y.Doc();
  const state = Y.encodeStateAsUpdate(base);
  Y.applyUpdate(ahead, state);
  Y.applyUpdate(behind, state);

  const open = new Map(latest.map((entry) => [partKey(entry), { ...entry }]));
  const touched = new Set<HistoryEntryState>();
  /** Entries whose `after` is only known once the fold ends: still open when the last step came. */
  const unread = new Set<HistoryEntryState>();

  for (const step of steps) {
    for (const part of applyAndTouched(ahead, step.update)) {
      const key = partKey(part);
      const entry = open.get(key);
      if (entry && continuesBurst(entry, step, windowMs)) {
        // A push's time is when its transaction began, so a later update can carry an earlier time.
        if (step.at > entry.endedAt) entry.endedAt = step.at;
        entry.lastUpdateId = step.updateId;
        touched.add(entry);
        unread.add(entry);
        continue;
      }
      const before = readPart(behind, part);
      if (entry && unread.delete(entry)) entry.after = before;
      const started: HistoryEntryState = { id: null, ...part, authorId: step.authorId, before, after: before, startedAt: step.at, endedAt: step.at, lastUpdateId: step.updateId };
      open.set(key, started);
      touched.add(started);
      unread.add(started);
    }
    Y.applyUpdate(behind, step.update);
  }
  for (const entry of unread) entry.after = readPart(ahead, entry);
  ahead.destroy();
  behind.destroy();

  const save: HistoryEntryState[] = [];
  const remove: bigint[] = [];
  for (const entry of touched) {
    if (entry.before !== entry.after) save.push(entry);
    else if (entry.id !== null) remove.push(entry.id);
  }
  return { save, remove };
}
