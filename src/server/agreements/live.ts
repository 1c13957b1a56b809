import "server-only";
import { tracked } from "@trpc/server";
import { z } from "zod";
import type { Db } from "@/server/db/client";
import { channels } from "@/server/realtime/channels";
import { wakeUps, type NotificationRelay } from "@/server/realtime/relay";
import { readSince } from "./drafts";
import { base64, draftFor } from "./service";

const zNotice = z.object({ draftId: z.string() });

function draftIdOf(payload: string): string | undefined {
  try {
    return zNotice.safeParse(JSON.parse(payload)).data?.draftId;
  } catch {
    return undefined;
  }
}

/**
 * The draft's updates as they are stored, each tracked by its id: a reconnecting browser sends the
 * last id it saw and resumes after it (from the snapshot when compaction merged past it). Without
 * one it starts after the newest update. Notifications only wake the reader; the rows are read
 * from PostgreSQL, so a missed or duplicated NOTIFY costs nothing.
 */
export async function* agreementUpdates(db: Db, relay: NotificationRelay, memberId: string, input: { partnershipId: string; lastEventId?: string | null }, signal?: AbortSignal) {
  const draft = await draftFor(db, memberId, input.partnershipId);
  const wake = wakeUps(signal);
  const unsubscribe = relay.subscribe(channels.agreementUpdates, (heard) => {
    if (heard === null || draftIdOf(heard) === draft.id) wake.notify();
  });
  try {
    await relay.ready();
    let last = input.lastEventId ? BigInt(input.lastEventId) : await newestId(db, draft.id);
    while (await wake.next()) {
      const { snapshot, updates } = await readSince(db, draft.id, last);
      for (const u of snapshot ? [snapshot, ...updates] : updates) {
        yield tracked(u.id, { update: base64(u.update) });
        last = BigInt(u.id);
      }
    }
  } finally {
    unsubscribe();
  }
}

async function newestId(db: Db, draftId: string): Promise<bigint> {
  const newest = await db.agreementDraftUpdate.findFirst({ where: { draftId }, orderBy: { id: "desc" }, select: { id: true } });
  if (newest) return newest.id;
  return (await db.agreementDraft.findUniqueOrThrow({ where: { id: draftId }, select: { snapshotUpdateId: true } })).snapshotUpdateId;
}
