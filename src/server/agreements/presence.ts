import "server-only";
import { Awareness, applyAwarenessUpdate } from "y-protocols/awareness";
import * as Y from "yjs";
import { z } from "zod";
import { consume, minutes } from "@/server/accounts/rate-limits";
import type { Db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { channels } from "@/server/realtime/channels";
import type { NotificationRelay } from "@/server/realtime/relay";
import { wakeUps } from "@/server/realtime/relay";
import { readPartnership } from "@/server/partnerships/access";
import { maxPresenceBytes } from "./schemas";
import { draftFor } from "./service";
import { editingState } from "./versions";

/*
 * Presence ("Sam is editing Boundaries") is Yjs awareness: ephemeral, so it is never stored. A
 * browser shares its awareness update, the server checks it and sends it to the draft's other
 * subscribers through NOTIFY (every instance's relay hears it), and browsers parse each state
 * before showing it.
 */

const unreadable = () => new AppError("BAD_INPUT", "That presence update could not be read.");

/** Strict base64 of a decodable awareness update, within the size limit. */
function decodeAwareness(text: string): Uint8Array {
  const bytes = Buffer.from(text, "base64");
  if (bytes.toString("base64") !== text || bytes.byteLength > maxPresenceBytes) throw unreadable();
  const scratch = new Awareness(new Y.Doc());
  try {
    applyAwarenessUpdate(scratch, new Uint8Array(bytes), null);
  } catch {
    throw unreadable();
  } finally {
    scratch.destroy();
  }
  return bytes;
}

export async function sharePresence(db: Db, memberId: string, input: { partnershipId: string; state: string }): Promise<{ shared: true }> {
  decodeAwareness(input.state);
  const limit = await consume("AGREEMENT_PUSH_MEMBER", memberId);
  if (!limit.allowed) throw new AppError("RATE_LIMITED", `That's a lot of changes at once. Try again in ${minutes(limit.retryAfterSeconds)}.`);
  // Presence says someone is editing, so it is shared only where editing is allowed (not once the
  // partnership has ended, nor while an agreement in force has no amendment open).
  const { partnership } = await readPartnership(db, input.partnershipId, memberId);
  const { draft } = await editingState(db, partnership, memberId);
  await db.$executeRaw`SELECT pg_notify(${channels.agreementPresence}, ${JSON.stringify({ draftId: draft.id, state: input.state })})`;
  return { shared: true };
}

const zPresenceNotice = z.object({ draftId: z.string(), state: z.string() });

function noticeOf(payload: string | null) {
  if (payload === null) return undefined;
  try {
    return zPresenceNotice.safeParse(JSON.parse(payload)).data;
  } catch {
    return undefined;
  }
}

/** The draft's awareness updates as they are shared from now on (presence has no history to resume). */
export async function* agreementPresence(db: Db, relay: NotificationRelay, memberId: string, input: { partnershipId: string }, signal?: AbortSignal) {
  const draft = await draftFor(db, memberId, input.partnershipId);
  const wake = wakeUps(signal);
  let heard: string[] = [];
  const unsubscribe = relay.subscribe(channels.agreementPresence, (payload) => {
    const notice = noticeOf(payload);
    if (notice?.draftId !== draft.id) return;
    heard.push(notice.state);
    wake.notify();
  });
  try {
    await relay.ready();
    while (await wake.next()) {
      const states = heard;
      heard = [];
      for (const state of states) yield { state };
    }
  } finally {
    unsubscribe();
  }
}
