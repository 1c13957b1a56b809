/**
 * The agreement's history, pure: each stored update's changes are folded into entries, one per
 * author, part and burst of editing. A change continues its part's latest entry when the same
 * person made it within `burstWindowMs` of that entry's last change; otherwise it starts a new one.
 */
import { partKey, type HistoryPart, type PartChange } from "./history-changes";

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

/** One stored update: who pushed it, when, and what it changed. */
export type FoldStep = { updateId: bigint; authorId: string | null; at: Date; changes: PartChange[] };

/** Entries to store (new ones with a null id, in order) and stored ones to delete. */
export type FoldResult = { save: HistoryEntryState[]; remove: bigint[] };

export function continuesBurst(entry: Pick<HistoryEntryState, "authorId" | "endedAt">, step: Pick<FoldStep, "authorId" | "at">, windowMs = burstWindowMs): boolean {
  return entry.authorId === step.authorId && step.at.getTime() - entry.endedAt.getTime() <= windowMs;
}

/**
 * Folds `steps` (in update order) onto `latest`, each part's newest stored entry. A burst that
 * ends where it began (a word typed, then deleted) is no change, so its entry goes.
 */
export function foldHistory(latest: readonly HistoryEntryState[], steps: readonly FoldStep[], windowMs = burstWindowMs): FoldResult {
  const open = new Map(latest.map((entry) => [partKey(entry), { ...entry }]));
  const save = new Set<HistoryEntryState>();
  const remove: bigint[] = [];

  for (const step of steps) {
    for (const change of step.changes) {
      const key = partKey(change);
      const entry = open.get(key);
      if (entry && continuesBurst(entry, step, windowMs)) {
        // A push's time is when its transaction began, so a later update can carry an earlier time.
        const endedAt = step.at > entry.endedAt ? step.at : entry.endedAt;
        Object.assign(entry, { after: change.after, endedAt, lastUpdateId: step.updateId });
        save.add(entry);
        if (entry.before !== entry.after) continue;
        open.delete(key);
        save.delete(entry);
        if (entry.id !== null) remove.push(entry.id);
        continue;
      }
      const started: HistoryEntryState = {
        id: null,
        section: change.section,
        field: change.field,
        authorId: step.authorId,
        before: change.before,
        after: change.after,
        startedAt: step.at,
        endedAt: step.at,
        lastUpdateId: step.updateId,
      };
      open.set(key, started);
      save.add(started);
    }
  }
  return { save: [...save], remove };
}
