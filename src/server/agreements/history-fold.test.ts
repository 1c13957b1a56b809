import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { agreementFields, agreementText, seedDocUpdate } from "@/shared/agreement/doc";
import { draftAgreement } from "@/test/agreement-fixtures";
import { fieldValueText, trackChanges } from "./history-changes";
import { burstWindowMs, foldHistory, type FoldStep, type HistoryEntryState } from "./history-fold";

const seed = seedDocUpdate(draftAgreement());
const at = (minutes: number) => new Date(Date.UTC(2026, 10, 29, 18, 0) + minutes * 60_000);

/** A member's copy of the draft, whose edits come out as stored updates would. */
function member(clientID: number) {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  Y.applyUpdate(doc, seed);
  return {
    doc,
    edit(change: (doc: Y.Doc) => void): Uint8Array {
      const before = Y.encodeStateVector(doc);
      change(doc);
      return Y.encodeStateAsUpdate(doc, before);
    },
  };
}

/** The server's view: the seed folded, then each update as a step by its author at its minute. */
function stepsFor(pushes: { author: string; minute: number; update: Uint8Array }[]): FoldStep[] {
  const server = new Y.Doc();
  const tracker = trackChanges(server);
  const steps: FoldStep[] = [{ updateId: 1n, authorId: null, at: at(0), changes: tracker.apply(seed) }];
  pushes.forEach((p, i) => steps.push({ updateId: BigInt(i + 2), authorId: p.author, at: at(p.minute), changes: tracker.apply(p.update) }));
  return steps;
}

const summary = (entries: HistoryEntryState[]) => entries.map((e) => ({ author: e.authorId, part: e.field ?? e.section, before: e.before, after: e.after }));

describe("trackChanges", () => {
  it("reports the prefill as every section's text and every field, set from nothing", () => {
    const changes = trackChanges(new Y.Doc()).apply(seed);
    const agreement = draftAgreement();
    expect(changes).toContainEqual({ section: "questions", field: null, before: "", after: agreement.text.questions });
    expect(changes).toContainEqual({ section: "rhythm", field: "time", before: "null", after: fieldValueText(agreement.fields.time) });
    expect(changes.filter((c) => c.field === null)).toHaveLength(10 - Object.values(agreement.text).filter((t) => t === "").length);
  });

  it("names the section or field an update changed, with its content before and after", () => {
    const alex = member(1);
    const tracker = trackChanges(new Y.Doc());
    tracker.apply(seed);
    const text = agreementText(alex.doc, "communication").toString();
    const update = alex.edit((doc) => {
      agreementText(doc, "communication").insert(0, "Kindly. ");
      agreementFields(doc).set("durationMinutes", 45);
    });
    expect(tracker.apply(update)).toEqual([
      { section: "communication", field: null, before: text, after: `Kindly. ${text}` },
      { section: "rhythm", field: "durationMinutes", before: fieldValueText(draftAgreement().fields.durationMinutes), after: "45" },
    ]);
    expect(tracker.apply(update)).toEqual([]); // the same update again changes nothing
  });
});

describe("foldHistory", () => {
  it("gives the prefill its own entries, by nobody", () => {
    const { save, remove } = foldHistory([], stepsFor([]));
    expect(remove).toEqual([]);
    expect(save.every((e) => e.authorId === null && (e.before === "" || e.before === "null"))).toBe(true);
    expect(save.map((e) => e.field ?? e.section)).toContain("questions");
  });

  it("keeps one member's typing in a section as one entry, from before the burst to after it", () => {
    const alex = member(1);
    const text = agreementText(alex.doc, "questions").toString();
    const pushes = ["What", " went", " well?"].map((word, i) => ({ author: "alex", minute: 1 + i, update: alex.edit((doc) => agreementText(doc, "questions").insert(agreementText(doc, "questions").length, word)) }));
    const { save } = foldHistory([], stepsFor(pushes).slice(1));
    expect(summary(save)).toEqual([{ author: "alex", part: "questions", before: text, after: `${text}What went well?` }]);
    expect(save[0]).toMatchObject({ startedAt: at(1), endedAt: at(3), lastUpdateId: 4n });
  });

  it("starts a new entry after a pause longer than the burst window", () => {
    const alex = member(1);
    const pauseMinutes = burstWindowMs / 60_000 + 1;
    const pushes = [
      { author: "alex", minute: 1, update: alex.edit((doc) => agreementText(doc, "conflict").insert(0, "A")) },
      { author: "alex", minute: 1 + pauseMinutes, update: alex.edit((doc) => agreementText(doc, "conflict").insert(0, "B")) },
    ];
    const { save } = foldHistory([], stepsFor(pushes).slice(1));
    const text = draftAgreement().text.conflict;
    expect(summary(save)).toEqual([
      { author: "alex", part: "conflict", before: text, after: `A${text}` },
      { author: "alex", part: "conflict", before: `A${text}`, after: `BA${text}` },
    ]);
  });

  it("attributes each member's change to them and to the section they changed", () => {
    const alex = member(1);
    const sam = member(2);
    const walk = alex.edit((doc) => agreementText(doc, "goalsA").insert(0, "- Walk daily\n"));
    Y.applyUpdate(sam.doc, walk);
    const pushes = [
      { author: "alex", minute: 1, update: walk },
      { author: "sam", minute: 1, update: sam.edit((doc) => agreementFields(doc).set("time", "19:30")) },
      { author: "sam", minute: 2, update: sam.edit((doc) => agreementText(doc, "goalsA").insert(0, "(Sam) ")) },
    ];
    Y.applyUpdate(alex.doc, pushes[2]!.update);
    pushes.push({ author: "alex", minute: 2, update: alex.edit((doc) => agreementText(doc, "goalsA").insert(0, "Me: ")) });
    const { save } = foldHistory([], stepsFor(pushes).slice(1));
    const goals = draftAgreement().text.goalsA;
    expect(summary(save)).toEqual([
      { author: "alex", part: "goalsA", before: goals, after: `- Walk daily\n${goals}` },
      { author: "sam", part: "time", before: fieldValueText(draftAgreement().fields.time), after: '"19:30"' },
      { author: "sam", part: "goalsA", before: `- Walk daily\n${goals}`, after: `(Sam) - Walk daily\n${goals}` },
      // Sam changed the section in between, so Alex's next change is a new entry.
      { author: "alex", part: "goalsA", before: `(Sam) - Walk daily\n${goals}`, after: `Me: (Sam) - Walk daily\n${goals}` },
    ]);
  });

  it("continues a stored entry across folds, and drops a burst that undid itself", () => {
    const alex = member(1);
    const steps = stepsFor([
      { author: "alex", minute: 1, update: alex.edit((doc) => agreementText(doc, "pause").insert(0, "Soon. ")) },
      { author: "alex", minute: 2, update: alex.edit((doc) => agreementText(doc, "ending").insert(0, "x")) },
      { author: "alex", minute: 2, update: alex.edit((doc) => agreementText(doc, "ending").delete(0, 1)) },
      { author: "alex", minute: 3, update: alex.edit((doc) => agreementText(doc, "pause").insert(0, "Very ")) },
    ]).slice(1);
    const whole = foldHistory([], steps).save;
    const first = foldHistory([], steps.slice(0, 2)).save.map((e, i) => ({ ...e, id: BigInt(100 + i) }));
    const second = foldHistory(first, steps.slice(2));
    expect(second.remove).toEqual([101n]);
    expect(summary(second.save)).toEqual(summary(whole));
    expect(second.save.map((e) => e.id)).toEqual([100n]);
    expect(summary(whole)).toEqual([{ author: "alex", part: "pause", before: draftAgreement().text.pause, after: `Very Soon. ${draftAgreement().text.pause}` }]);
  });
});
