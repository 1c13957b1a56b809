import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { getDb } from "@/server/db/client";
import { agreementFields, agreementText } from "@/shared/agreement/doc";
import type { TextSectionId } from "@/shared/agreement/sections";
import { callerFor, malformed } from "@/test/callers";
import { onboardedMember } from "@/test/onboarding";
import { newPartnership } from "@/test/partners";
import { compactDraft } from "./compaction";
import type { AgreementHistory } from "./history-read";
import type { AgreementState } from "./service";

const db = getDb();
const apiOf = (member: { id: string }) => callerFor({ member }).api;
const bytesOf = (text: string) => new Uint8Array(Buffer.from(text, "base64"));

async function partnership() {
  const alex = await onboardedMember(db, {}, { displayName: "Alex" });
  const sam = await onboardedMember(db, {}, { displayName: "Sam" });
  const { partnershipId } = await newPartnership(db, { sender: alex, recipient: sam });
  const draft = await db.agreementDraft.findFirstOrThrow({ where: { partnershipId }, select: { id: true } });
  return { partnershipId, draftId: draft.id, alex, sam };
}

function docFrom(state: AgreementState): Y.Doc {
  const doc = new Y.Doc();
  if (state.snapshot) Y.applyUpdate(doc, bytesOf(state.snapshot));
  for (const u of state.updates) Y.applyUpdate(doc, bytesOf(u.update));
  return doc;
}

/** A member's open editor: it loads the draft, and each edit pushes its update as the browser would. */
async function editorOf(member: { id: string }, partnershipId: string) {
  const doc = docFrom(await apiOf(member).agreement.load({ partnershipId }));
  return {
    doc,
    async edit(change: (doc: Y.Doc) => void) {
      const before = Y.encodeStateVector(doc);
      change(doc);
      await apiOf(member).agreement.push({ partnershipId, update: Buffer.from(Y.encodeStateAsUpdate(doc, before)).toString("base64") });
    },
  };
}

/** An entry as a reader would say it: who, where, and the diff with [+added] and [-removed] words. */
function said(history: AgreementHistory) {
  return history.entries.map((e) => {
    const who = e.author.kind === "partner" ? e.author.name : e.author.kind;
    const what =
      e.change.kind === "field"
        ? `${e.change.label}: ${e.change.before} → ${e.change.after}`
        : e.change.segments.map((s) => (s.kind === "added" ? `[+${s.text}]` : s.kind === "removed" ? `[-${s.text}]` : s.text)).join("");
    return `${who} · ${e.sectionLabel} · ${what}`;
  });
}

const insertAt0 = (section: TextSectionId, text: string) => (doc: Y.Doc) => agreementText(doc, section).insert(0, text);

describe("agreement.history", () => {
  it("says who changed which section or field, with a word diff, to each partner in their own words", async () => {
    const { partnershipId, alex, sam } = await partnership();
    const alexEditor = await editorOf(alex, partnershipId);
    const samEditor = await editorOf(sam, partnershipId);
    const questions = agreementText(alexEditor.doc, "questions").toString();
    const firstQuestion = questions.split(/\s+/)[0]!;

    const prefilled = await apiOf(alex).agreement.history({ partnershipId });
    expect(prefilled.entries.length).toBeGreaterThan(0);
    expect(prefilled.entries.every((e) => e.author.kind === "prefill")).toBe(true);

    await alexEditor.edit(insertAt0("questions", "Anything good this week? "));
    await alexEditor.edit(insertAt0("communication", "Reply within a day. "));
    await samEditor.edit((doc) => agreementFields(doc).set("time", "19:30"));
    await samEditor.edit(insertAt0("pause", "A week's notice. "));
    // Sam changes Alex's sentence in the same section: a new entry, Sam's.
    Y.applyUpdate(samEditor.doc, Y.encodeStateAsUpdate(alexEditor.doc));
    await samEditor.edit((doc) => {
      const text = agreementText(doc, "questions");
      text.delete(text.toString().indexOf("good"), "good".length);
      text.insert(text.toString().indexOf(" this week"), "new");
    });
    // Alex goes on in their own burst.
    await alexEditor.edit((doc) => agreementText(doc, "communication").insert("Reply within a day. ".length, "Kind words first. "));

    const forAlex = await apiOf(alex).agreement.history({ partnershipId });
    const time = forAlex.entries.find((e) => e.change.kind === "field");
    expect(said(forAlex).slice(0, 5)).toEqual([
      `you · How we talk to each other · [+Reply within a day. Kind words first. ]${agreementText(alexEditor.doc, "communication").toString().slice("Reply within a day. Kind words first. ".length)}`,
      `Sam · Check-in questions · Anything [-good][+new] this week? ${questions}`,
      `Sam · Taking a pause · [+A week's notice. ]${agreementText(samEditor.doc, "pause").toString().slice("A week's notice. ".length)}`,
      `Sam · When and how we check in · Time: ${time?.change.kind === "field" ? time.change.before : "?"} → 19:30`,
      `you · Check-in questions · [+Anything good this week? ]${questions}`,
    ]);
    expect(questions.startsWith(firstQuestion)).toBe(true);
    expect(forAlex.more).toBe(false);
    expect(forAlex.entries.at(-1)?.author).toEqual({ kind: "prefill" });

    const forSam = await apiOf(sam).agreement.history({ partnershipId });
    expect(forSam.entries.slice(0, 5).map((e) => e.author)).toEqual([{ kind: "partner", name: "Alex" }, { kind: "you" }, { kind: "you" }, { kind: "you" }, { kind: "partner", name: "Alex" }]);
    expect(JSON.stringify(forSam)).not.toMatch(/@/); // no email anywhere
  });

  it("starts a new entry when a member comes back to a section after a pause", async () => {
    const { partnershipId, draftId, alex } = await partnership();
    const editor = await editorOf(alex, partnershipId);
    await editor.edit(insertAt0("conflict", "Talk it through. "));
    // That edit was made ten minutes ago: the stored time is what the history goes by.
    await db.agreementDraftUpdate.updateMany({ where: { draftId, authorId: alex.id }, data: { createdAt: new Date(Date.now() - 10 * 60_000) } });
    await editor.edit(insertAt0("conflict", "Calmly. "));
    const mine = (await apiOf(alex).agreement.history({ partnershipId })).entries.filter((e) => e.author.kind === "you");
    expect(mine.map((e) => e.section)).toEqual(["conflict", "conflict"]);
    expect(mine[0]!.startedAt.getTime()).toBeGreaterThan(mine[1]!.endedAt.getTime());
  });

  it("is the same before and after compaction, and later edits carry on the same entries", async () => {
    const { partnershipId, draftId, alex, sam } = await partnership();
    const alexEditor = await editorOf(alex, partnershipId);
    const samEditor = await editorOf(sam, partnershipId);
    await alexEditor.edit(insertAt0("questions", "One. "));
    await samEditor.edit(insertAt0("ending", "Say goodbye. "));
    await alexEditor.edit(insertAt0("questions", "Two. "));
    const before = await apiOf(alex).agreement.history({ partnershipId });

    expect(await compactDraft(db, draftId)).toBe(4);
    expect(await db.agreementDraftUpdate.count({ where: { draftId } })).toBe(0);
    expect(await apiOf(alex).agreement.history({ partnershipId })).toEqual(before);

    await alexEditor.edit(insertAt0("questions", "Three. "));
    const after = await apiOf(alex).agreement.history({ partnershipId });
    expect(after.entries).toHaveLength(before.entries.length);
    expect(said(after)[0]).toMatch(/^you · Check-in questions · \[\+Three\. Two\. One\. \]/);
  });

  it("loses no history and no update when compactions and history reads race with both members' pushes", async () => {
    const { partnershipId, draftId, alex, sam } = await partnership();
    const base = docFrom(await apiOf(alex).agreement.load({ partnershipId }));
    const wordsOf = (who: string) => Array.from({ length: 8 }, (_, i) => `${who}${i}`);
    const edits = [...wordsOf("alex").map((word) => ({ member: alex, word })), ...wordsOf("sam").map((word) => ({ member: sam, word }))];
    const pushes = edits.map(({ member, word }) => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
      const sv = Y.encodeStateVector(doc);
      agreementText(doc, "questions").insert(0, `${word} `);
      return apiOf(member).agreement.push({ partnershipId, update: Buffer.from(Y.encodeStateAsUpdate(doc, sv)).toString("base64") });
    });
    const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const compactions = [0, 1, 2].map((i) => later(i * 30).then(() => compactDraft(db, draftId)));
    const reads = [0, 1, 2].map((i) => later(i * 25).then(() => apiOf(i % 2 ? alex : sam).agreement.history({ partnershipId })));
    await Promise.all([...pushes, ...compactions, ...reads]);
    await compactDraft(db, draftId);

    const finalText = agreementText(docFrom(await apiOf(alex).agreement.load({ partnershipId })), "questions").toString();
    for (const { word } of edits) expect(finalText).toContain(`${word} `);

    // The section's entries chain from the prefill to today's text: every change is in exactly one entry.
    const entries = await db.agreementHistoryEntry.findMany({ where: { draftId, section: "questions", field: null }, orderBy: [{ lastUpdateId: "asc" }, { id: "asc" }] });
    expect(entries[0]).toMatchObject({ authorId: null, before: "" });
    entries.slice(1).forEach((entry, i) => expect(entry.before).toBe(entries[i]!.after));
    expect(entries.at(-1)!.after).toBe(finalText);
    // And each member's words are in their own entries only.
    const history = await apiOf(alex).agreement.history({ partnershipId });
    const added = (kind: string) => history.entries.filter((e) => e.author.kind === kind && e.change.kind === "text").flatMap((e) => (e.change.kind === "text" ? e.change.segments : [])).filter((s) => s.kind === "added").map((s) => s.text).join(" ").split(/\s+/).filter(Boolean).sort();
    expect(added("you")).toEqual(wordsOf("alex").sort());
    expect(added("partner")).toEqual(wordsOf("sam").sort());
  });

  it("records each update once when several reads fold at the same moment", async () => {
    const { partnershipId, draftId, alex, sam } = await partnership();
    const editor = await editorOf(alex, partnershipId);
    for (const word of ["one", "two", "three"]) await editor.edit(insertAt0("communication", `${word} `));
    const reads = await Promise.all([alex, sam, alex, sam].map((member) => apiOf(member).agreement.history({ partnershipId })));
    expect(new Set(reads.map((r) => r.entries.length)).size).toBe(1);
    const communication = await db.agreementHistoryEntry.findMany({ where: { draftId, section: "communication" }, orderBy: { id: "asc" } });
    expect(communication.map((e) => e.authorId)).toEqual([null, alex.id]);
    expect(communication[1]!.after).toBe(agreementText(editor.doc, "communication").toString());
  });

  it("answers a stranger NOT_FOUND and a signed-out caller UNAUTHORIZED, recording nothing", async () => {
    const { partnershipId, draftId } = await partnership();
    const stranger = await onboardedMember(db);
    await expect(apiOf(stranger).agreement.history({ partnershipId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerFor().api.agreement.history({ partnershipId })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await db.agreementHistoryEntry.count({ where: { draftId } })).toBe(0);
    expect((await db.agreementDraft.findUniqueOrThrow({ where: { id: draftId } })).historyUpdateId).toBe(0n);
  });

  it("refuses malformed input with a clear error, never a 500", async () => {
    const { alex } = await partnership();
    const api = apiOf(alex);
    for (const input of [{}, { partnershipId: "" }, { partnershipId: "x\0" }, { partnershipId: 42 }, { partnershipId: "a".repeat(10_000) }, null]) {
      await expect(api.agreement.history(malformed(input))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
  });

  it("keeps a history readable, and compaction running, when a pushed change holds a NUL or other control character", async () => {
    const { partnershipId, draftId, alex } = await partnership();
    const editor = await editorOf(alex, partnershipId);
    await editor.edit(insertAt0("conflict", "Talk\u0000 it\u0007 through. "));
    const history = await apiOf(alex).agreement.history({ partnershipId });
    expect(said(history).find((line) => line.startsWith("you · "))).toContain("Talk");
    await compactDraft(db, draftId);
    expect((await apiOf(alex).agreement.history({ partnershipId })).entries.length).toBe(history.entries.length);
  });
});

