import { describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { getDb } from "@/server/db/client";
import { getBoss } from "@/server/jobs/boss";
import { agreementText, readAgreementDoc } from "@/shared/agreement/doc";
import { callerFor } from "@/test/callers";
import { newPartnership } from "@/test/partners";
import { compactAfterUpdates, compactDraft, draftsToCompact } from "./compaction";
import { readSince } from "./drafts";
import type { AgreementState } from "./service";

const db = getDb();
const apiOf = (member: { id: string }) => callerFor({ member }).api;
const bytesOf = (text: string) => new Uint8Array(Buffer.from(text, "base64"));

async function partnership() {
  const { partnershipId, sender, recipient } = await newPartnership(db);
  const draft = await db.agreementDraft.findFirstOrThrow({ where: { partnershipId } });
  return { partnershipId, draftId: draft.id, sender, recipient };
}

function docFrom(state: AgreementState): Y.Doc {
  const doc = new Y.Doc();
  if (state.snapshot) Y.applyUpdate(doc, bytesOf(state.snapshot));
  for (const u of state.updates) Y.applyUpdate(doc, bytesOf(u.update));
  return doc;
}

/** Updates that each insert a distinct marker into the questions section of `base`. */
function markers(base: Y.Doc, count: number, prefix: string): { marker: string; update: string }[] {
  return Array.from({ length: count }, (_, i) => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
    const before = Y.encodeStateVector(doc);
    const marker = `<${prefix}${i}>`;
    agreementText(doc, "questions").insert(0, marker);
    return { marker, update: Buffer.from(Y.encodeStateAsUpdate(doc, before)).toString("base64") };
  });
}

describe("compactDraft", () => {
  it("folds the updates into a snapshot that loads to the same document and resumes old readers from it", async () => {
    const { partnershipId, draftId, sender } = await partnership();
    const base = docFrom(await apiOf(sender).agreement.load({ partnershipId }));
    const firstId = (await apiOf(sender).agreement.load({ partnershipId })).lastId;
    for (const { update } of markers(base, 5, "m")) await apiOf(sender).agreement.push({ partnershipId, update });
    const before = readAgreementDoc(docFrom(await apiOf(sender).agreement.load({ partnershipId }))).content;
    expect(await draftsToCompact(db, 6)).toContain(draftId);

    expect(await compactDraft(db, draftId)).toBe(6);
    const state = await apiOf(sender).agreement.load({ partnershipId });
    expect(state.snapshot).not.toBeNull();
    expect(state.updates).toEqual([]);
    expect(readAgreementDoc(docFrom(state)).content).toEqual(before);
    const draft = await db.agreementDraft.findUniqueOrThrow({ where: { id: draftId } });
    expect(state.lastId).toBe(draft.snapshotUpdateId.toString());
    expect(draft.size).toBe(draft.snapshot!.byteLength);
    expect(await db.agreementDraftUpdate.count({ where: { draftId } })).toBe(0);
    expect(await draftsToCompact(db, 1)).not.toContain(draftId);
    expect(await compactDraft(db, draftId)).toBe(0);

    // A reader who last saw the seed gets the snapshot, which merges into what it holds.
    const resumed = await readSince(db, draftId, BigInt(firstId));
    expect(resumed.snapshot?.id).toBe(draft.snapshotUpdateId.toString());
    expect(resumed.updates).toEqual([]);
  });

  it("loses nothing when compactions race with both members' pushes", async () => {
    const { partnershipId, draftId, sender, recipient } = await partnership();
    const base = docFrom(await apiOf(sender).agreement.load({ partnershipId }));
    const edits = [...markers(base, 12, "s").map((e) => ({ ...e, member: sender })), ...markers(base, 12, "r").map((e) => ({ ...e, member: recipient }))];
    const pushes = edits.map((e) => apiOf(e.member).agreement.push({ partnershipId, update: e.update }));
    const compactions = [0, 1, 2, 3].map((i) => new Promise((r) => setTimeout(r, i * 40)).then(() => compactDraft(db, draftId)));
    const [pushed, compacted] = await Promise.all([Promise.all(pushes), Promise.all(compactions)]);
    expect(pushed).toHaveLength(edits.length);
    // Whatever a race skipped is merged by a later run.
    const merged = compacted.reduce((a, b) => a + b, 0) + (await compactDraft(db, draftId));
    expect(merged).toBe(edits.length + 1);

    const text = agreementText(docFrom(await apiOf(recipient).agreement.load({ partnershipId })), "questions").toString();
    for (const { marker } of edits) expect(text).toContain(marker);
  });

  it("runs as the agreement-compaction job through the real queue once a draft has enough updates", async () => {
    const { partnershipId, draftId, sender } = await partnership();
    const doc = docFrom(await apiOf(sender).agreement.load({ partnershipId }));
    for (let i = 0; i < compactAfterUpdates; i++) {
      const before = Y.encodeStateVector(doc);
      agreementText(doc, "questions").insert(0, `${i % 10}`);
      await apiOf(sender).agreement.push({ partnershipId, update: Buffer.from(Y.encodeStateAsUpdate(doc, before)).toString("base64") });
    }
    const expected = agreementText(doc, "questions").toString();
    // Only this worker, as in the other job tests.
    const { agreementQueues, workOnCompaction } = await import("./jobs");
    const boss = await getBoss();
    await workOnCompaction(boss);
    await boss.send(agreementQueues.compact, {});
    await vi.waitFor(async () => expect(await db.agreementDraftUpdate.count({ where: { draftId } })).toBe(0), { timeout: 20_000, interval: 200 });
    expect(agreementText(docFrom(await apiOf(sender).agreement.load({ partnershipId })), "questions").toString()).toBe(expected);
  }, 60_000);
});
