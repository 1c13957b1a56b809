import "server-only";
import * as Y from "yjs";
import { consume, minutes } from "@/server/accounts/rate-limits";
import type { Db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { withPartnership } from "@/server/partnerships/access";
import { appendUpdate, currentDraft, readSince } from "./drafts";
import { maxUpdateBytes } from "./schemas";
import { withdrawIfEdited } from "./signing";
import { editingState } from "./versions";

/** A document's largest stored size: about a hundred times a full agreement, with all its history. */
export const maxDocumentBytes = 4 * 1024 * 1024;

/** What an editor starts from: the snapshot (base64, or null before the first compaction), every update after it, and the last id. */
export type AgreementState = { snapshot: string | null; updates: { id: string; update: string }[]; lastId: string };

export const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");

/** The draft a member may read (the open one, else the first): strangers get NOT_FOUND. */
export const draftFor = (db: Db, memberId: string, partnershipId: string) => withPartnership(db, { partnershipId, memberId }, (tx) => currentDraft(tx, partnershipId));

export async function loadAgreement(db: Db, memberId: string, partnershipId: string): Promise<AgreementState> {
  const draft = await draftFor(db, memberId, partnershipId);
  const { snapshot, updates } = await readSince(db, draft.id, 0n);
  const encoded = updates.map((u) => ({ id: u.id, update: base64(u.update) }));
  return { snapshot: snapshot ? base64(snapshot.update) : null, updates: encoded, lastId: updates.at(-1)?.id ?? snapshot?.id ?? "0" };
}

const unreadable = () => new AppError("BAD_INPUT", "That change could not be read. Reload the page to carry on editing.", { fieldErrors: { update: ["That change could not be read."] } });

/** Decodes base64 strictly and checks it is a Yjs update; nothing else is ever stored. */
function decodeUpdate(text: string): Uint8Array {
  const bytes = Buffer.from(text, "base64");
  if (bytes.toString("base64") !== text) throw unreadable();
  if (bytes.byteLength > maxUpdateBytes) throw new AppError("BAD_INPUT", "That change is too large to save at once. Try a smaller edit.");
  try {
    Y.decodeUpdate(bytes);
  } catch {
    throw unreadable();
  }
  return new Uint8Array(bytes);
}

/**
 * Stores one member's update to the draft. The partnership stays locked until commit, so a
 * draft's updates commit in id order: a subscriber resuming after id N never misses a smaller id
 * committed later.
 */
export async function pushUpdate(db: Db, memberId: string, input: { partnershipId: string; update: string }): Promise<{ id: string }> {
  const update = decodeUpdate(input.update);
  const limit = await consume("AGREEMENT_PUSH_MEMBER", memberId);
  if (!limit.allowed) throw new AppError("RATE_LIMITED", `That's a lot of changes at once. Your edits are kept here; they will save in ${minutes(limit.retryAfterSeconds)}.`);
  return withPartnership(db, { partnershipId: input.partnershipId, memberId }, async (tx, access) => {
    // Whether an edit withdraws an open proposal is decided once it is stored (withdrawIfEdited).
    const state = await editingState(tx, access.partnership, memberId);
    const draft = state.draft;
    if (draft.size + update.byteLength > maxDocumentBytes) throw new AppError("PRECONDITION", "This agreement has grown too large to save more changes. Shorten a section, then try again.");
    const id = await appendUpdate(tx, draft, update, memberId);
    await withdrawIfEdited(tx, access, state);
    return { id };
  });
}
