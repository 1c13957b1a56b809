import "server-only";
import type { PgBoss } from "pg-boss";
import { getDb } from "@/server/db/client";
import { ensureQueue, type FeatureJobs } from "@/server/jobs/boss";
import { log } from "@/server/log";
import { compactDraft, draftsToCompact } from "./compaction";

export const agreementQueues = { compact: "agreement-compaction" } as const;

/** Folds long runs of stored updates into snapshots, so loading a draft stays quick. */
export async function workOnCompaction(boss: PgBoss): Promise<void> {
  await ensureQueue(agreementQueues.compact);
  await boss.work(agreementQueues.compact, async () => {
    const db = getDb();
    let merged = 0;
    for (const draftId of await draftsToCompact(db)) merged += await compactDraft(db, draftId);
    if (merged) log.info({ merged }, "agreement updates compacted");
  });
}

export const agreementJobs: FeatureJobs = {
  name: "agreements",
  async start(boss) {
    await workOnCompaction(boss);
    await boss.schedule(agreementQueues.compact, "*/10 * * * *");
  },
};
