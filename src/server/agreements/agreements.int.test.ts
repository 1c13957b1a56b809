import { describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { getDb } from "@/server/db/client";
import { runTransition } from "@/server/partnerships/transitions";
import { agreementFields, agreementText, readAgreementDoc } from "@/shared/agreement/doc";
import { callerFor, malformed } from "@/test/callers";
import { createMember } from "@/test/factories";
import { onboardedMember } from "@/test/onboarding";
import { newPartnership } from "@/test/partners";
import { maxUpdateBytes } from "./schemas";
import type { AgreementState } from "./service";

const db = getDb();
const apiOf = (member: { id: string }) => callerFor({ member }).api;
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");
const bytesOf = (text: string) => new Uint8Array(Buffer.from(text, "base64"));

/** A DRAFTING partnership made the real way, its members named so the prefill can be checked. */
async function partnership() {
  const sender = await onboardedMember(db, { about: { goals: ["Walk every morning"] }, boundaries: { offLimitTopics: "Work" } }, { displayName: "Alex" });
  const recipient = await onboardedMember(db, {}, { displayName: "Sam" });
  return newPartnership(db, { sender, recipient });
}

/** A document built from a loaded state, as an editor starts. */
function docFrom(state: AgreementState): Y.Doc {
  const doc = new Y.Doc();
  if (state.snapshot) Y.applyUpdate(doc, bytesOf(state.snapshot));
  for (const u of state.updates) Y.applyUpdate(doc, bytesOf(u.update));
  return doc;
}

/** An edit made on a copy of `base`, as the update a browser would push. */
function editOf(base: Y.Doc, edit: (doc: Y.Doc) => void): string {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
  const before = Y.encodeStateVector(doc);
  edit(doc);
  return base64(Y.encodeStateAsUpdate(doc, before));
}

const storedCount = (partnershipId: string) => db.agreementDraftUpdate.count({ where: { draft: { partnershipId } } });

describe("agreement draft creation", () => {
  it("creates the draft with the partnership, prefilled from both questionnaires", async () => {
    const { partnershipId, sender } = await partnership();
    const drafts = await db.agreementDraft.findMany({ where: { partnershipId }, include: { updates: true } });
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ kind: "INITIAL", status: "OPEN", snapshot: null });
    expect(drafts[0]!.updates).toHaveLength(1);
    expect(drafts[0]!.updates[0]!.authorId).toBeNull();
    expect(drafts[0]!.size).toBe(drafts[0]!.updates[0]!.update.byteLength);

    const read = readAgreementDoc(docFrom(await apiOf(sender).agreement.load({ partnershipId })));
    expect(read.valid).toBe(true);
    const text = Object.values(read.content.text).join("\n");
    expect(text).toContain("Walk every morning");
    expect(text).toContain("Work");
    expect(read.content.fields.frequency).toBe("WEEKLY");
  });
});

describe("agreement.load and agreement.push", () => {
  it("stores a member's update, which the partner then loads", async () => {
    const { partnershipId, sender, recipient } = await partnership();
    const first = await apiOf(sender).agreement.load({ partnershipId });
    expect(first.updates).toHaveLength(1);
    expect(first.lastId).toBe(first.updates[0]!.id);

    const update = editOf(docFrom(first), (doc) => agreementText(doc, "questions").insert(0, "How was your week?\n"));
    const { id } = await apiOf(sender).agreement.push({ partnershipId, update });
    expect(BigInt(id)).toBeGreaterThan(BigInt(first.lastId));

    const theirs = await apiOf(recipient).agreement.load({ partnershipId });
    expect(theirs.lastId).toBe(id);
    expect(agreementText(docFrom(theirs), "questions").toString()).toMatch(/^How was your week\?\n/);
    const stored = await db.agreementDraftUpdate.findFirstOrThrow({ where: { id: BigInt(id) } });
    expect(stored.authorId).toBe(sender.id);
  });

  it("answers a stranger NOT_FOUND and a signed-out caller UNAUTHORIZED, storing nothing", async () => {
    const { partnershipId, sender } = await partnership();
    const stranger = await createMember(db);
    const update = editOf(docFrom(await apiOf(sender).agreement.load({ partnershipId })), (doc) => agreementText(doc, "conflict").insert(0, "x"));
    await expect(apiOf(stranger).agreement.load({ partnershipId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(apiOf(stranger).agreement.push({ partnershipId, update })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerFor().api.agreement.load({ partnershipId })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(callerFor().api.agreement.push({ partnershipId, update })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await storedCount(partnershipId)).toBe(1);
  });

  it("refuses malformed and oversized input with a clear error, never a 500, storing nothing", async () => {
    const { partnershipId, sender } = await partnership();
    const api = apiOf(sender);
    const valid = editOf(docFrom(await api.agreement.load({ partnershipId })), (doc) => agreementText(doc, "conflict").insert(0, "x"));
    const cases = [
      { partnershipId: "bad\0id", update: valid },
      { partnershipId, update: "not base64!" },
      { partnershipId, update: "AAAA\0" },
      { partnershipId, update: base64(new Uint8Array([255, 255, 255, 255, 255, 255, 7, 1])) },
      { partnershipId, update: base64(new Uint8Array(maxUpdateBytes + 1)) },
      { partnershipId, update: "QUJD" + "=".repeat(3) },
      { partnershipId, update: 42 },
      { partnershipId },
    ];
    for (const input of cases) {
      await expect(api.agreement.push(malformed(input))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    await expect(api.agreement.load(malformed({ partnershipId: "x\0" }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await storedCount(partnershipId)).toBe(1);
  });

  it("refuses pushes once the partnership has ended, saying so", async () => {
    const { partnershipId, sender, recipient } = await partnership();
    const update = editOf(docFrom(await apiOf(sender).agreement.load({ partnershipId })), (doc) => agreementText(doc, "conflict").insert(0, "x"));
    await runTransition(db, { partnershipId, memberId: recipient.id, action: "END", data: {} });
    await expect(apiOf(sender).agreement.push({ partnershipId, update })).rejects.toMatchObject({ code: "PRECONDITION_FAILED", message: expect.stringContaining("ended") });
    expect(await storedCount(partnershipId)).toBe(1);
  });

  it("rate-limits a flood of pushes per member, storing nothing past the limit", async () => {
    vi.stubEnv("RATE_LIMIT_AGREEMENT_PUSH_MEMBER", "2/60");
    try {
      const { partnershipId, sender, recipient } = await partnership();
      const base = docFrom(await apiOf(sender).agreement.load({ partnershipId }));
      const edit = (text: string) => editOf(base, (doc) => agreementText(doc, "conflict").insert(0, text));
      await apiOf(sender).agreement.push({ partnershipId, update: edit("one") });
      await apiOf(sender).agreement.push({ partnershipId, update: edit("two") });
      await expect(apiOf(sender).agreement.push({ partnershipId, update: edit("three") })).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
      expect(await storedCount(partnershipId)).toBe(3);
      // The partner's allowance is their own.
      await apiOf(recipient).agreement.push({ partnershipId, update: edit("four") });
      expect(await storedCount(partnershipId)).toBe(4);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("refuses an update that would grow the document past its limit", async () => {
    const { partnershipId, sender } = await partnership();
    await db.agreementDraft.updateMany({ where: { partnershipId }, data: { size: 4 * 1024 * 1024 - 10 } });
    const update = editOf(docFrom(await apiOf(sender).agreement.load({ partnershipId })), (doc) => agreementText(doc, "conflict").insert(0, "a longer sentence than ten bytes"));
    await expect(apiOf(sender).agreement.push({ partnershipId, update })).rejects.toMatchObject({ code: "PRECONDITION_FAILED", message: expect.stringContaining("too large") });
    expect(await storedCount(partnershipId)).toBe(1);
  });
});

describe("merging stored updates", () => {
  it("converges when the stored updates are applied shuffled and duplicated", async () => {
    const { partnershipId, sender, recipient } = await partnership();
    const mine = docFrom(await apiOf(sender).agreement.load({ partnershipId }));
    const theirs = docFrom(await apiOf(recipient).agreement.load({ partnershipId }));
    for (let i = 0; i < 6; i++) {
      const [doc, member] = i % 2 === 0 ? [mine, sender] : [theirs, recipient];
      const update = editOf(doc, (d) => {
        agreementText(d, "communication").insert(i, `${member.displayName}${i} `);
        if (i === 3) agreementFields(d).set("durationMinutes", 45);
      });
      Y.applyUpdate(doc, bytesOf(update));
      await apiOf(member).agreement.push({ partnershipId, update });
    }
    const stored = (await apiOf(sender).agreement.load({ partnershipId })).updates.map((u) => bytesOf(u.update));
    const inOrder = new Y.Doc();
    for (const u of stored) Y.applyUpdate(inOrder, u);
    const expected = readAgreementDoc(inOrder).content;
    expect(expected.fields.durationMinutes).toBe(45);
    for (let round = 0; round < 5; round++) {
      const shuffled = [...stored, ...stored.slice(0, 3)].sort(() => Math.random() - 0.5);
      const doc = new Y.Doc();
      for (const u of shuffled) Y.applyUpdate(doc, u);
      expect(readAgreementDoc(doc).content).toEqual(expected);
    }
  });

  it("loses nothing when both members push to the same section at once", async () => {
    const { partnershipId, sender, recipient } = await partnership();
    const base = docFrom(await apiOf(sender).agreement.load({ partnershipId }));
    const edits = [sender, recipient].flatMap((member) =>
      [0, 1, 2].map((i) => ({ member, update: editOf(base, (d) => agreementText(d, "pause").insert(0, `[${member.displayName} edit ${i}]`)) })),
    );
    const results = await Promise.allSettled(edits.map((e) => apiOf(e.member).agreement.push({ partnershipId, update: e.update })));
    expect(results.map((r) => r.status)).toEqual(edits.map(() => "fulfilled"));
    const merged = agreementText(docFrom(await apiOf(recipient).agreement.load({ partnershipId })), "pause").toString();
    for (const name of ["Alex", "Sam"]) for (const i of [0, 1, 2]) expect(merged).toContain(`[${name} edit ${i}]`);
  });
});
