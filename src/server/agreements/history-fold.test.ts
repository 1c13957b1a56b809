import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { agreementFields, agreementText, seedDocUpdate } from "@/shared/agreement/doc";
import { draftAgreement } from "@/test/agreement-fixtures";
import { applyAndTouched, fieldValueText, readPart } from "./history-changes";
import { burstWindowMs, foldUpdates, type HistoryEntryState, type StoredStep } from "./history-fold";

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

/** The stored updates: the seed by nobody at minute 0, then each push by its author at its minute. */
function stepsFor(pushes: { author: string; minute: number; update: Uint8Array }[]): StoredStep[] {
  return [{ updateId: 1n, authorId: null, at: at(0), update: seed }, ...pushes.map((p, i) => ({ updateId: BigInt(i + 2), authorId: p.author, at: at(p.minute), update: p.update }))];
}

/** The server's document after the seed, where the member edits start. */
function seeded(): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, seed);
  return doc;
}

/** Folds the members' pushes (not the seed) onto a history that already holds the prefill. */
const foldPushes = (steps: StoredStep[], latest: HistoryEntryState[] = []) => foldUpdates(seeded(), latest, steps.slice(1));

const summary = (entries: HistoryEntryState[]) => entries.map((e) => ({ author: e.authorId, part: e.field ?? e.section, before: e.before, after: e.after }));

describe("applyAndTouched", () => {
  it("names the section text and fields an update touched", () => {
    const alex = member(1);
    const doc = seeded();
    const update = alex.edit((d) => {
      agreementText(d, "communication").insert(0, "Kindly. ");
      agreementFields(d).set("durationMinutes", 45);
    });
    expect(applyAndTouched(doc, update)).toEqual([
      { section: "communication", field: null },
      { section: "rhythm", field: "durationMinutes" },
    ]);
    expect(readPart(doc, { section: "rhythm", field: "durationMinutes" })).toBe("45");
    expect(applyAndTouched(doc, update)).toEqual([]); // the same update again changes nothing
  });
});

describe("foldUpdates", () => {
  it("gives the prefill its own entries, by nobody", () => {
    const { save, remove } = foldUpdates(new Y.Doc(), [], stepsFor([]));
    const agreement = draftAgreement();
    expect(remove).toEqual([]);
    expect(save.every((e) => e.authorId === null && (e.before === "" || e.before === "null"))).toBe(true);
    expect(summary(save)).toContainEqual({ author: null, part: "questions", before: "", after: agreement.text.questions });
    expect(summary(save)).toContainEqual({ author: null, part: "time", before: "null", after: fieldValueText(agreement.fields.time) });
  });

  it("keeps one member's typing in a section as one entry, from before the burst to after it", () => {
    const alex = member(1);
    const text = agreementText(alex.doc, "questions").toString();
    const pushes = ["What", " went", " well?"].map((word, i) => ({ author: "alex", minute: 1 + i, update: alex.edit((doc) => agreementText(doc, "questions").insert(agreementText(doc, "questions").length, word)) }));
    const { save } = foldPushes(stepsFor(pushes));
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
    const { save } = foldPushes(stepsFor(pushes));
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
    const { save } = foldPushes(stepsFor(pushes));
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
    ]);
    const whole = foldPushes(steps).save;
    const first = foldPushes(steps.slice(0, 3)).save.map((e, i) => ({ ...e, id: BigInt(100 + i) }));
    const afterFirst = seeded();
    for (const step of steps.slice(1, 3)) Y.applyUpdate(afterFirst, step.update);
    const second = foldUpdates(afterFirst, first, steps.slice(3));
    expect(second.remove).toEqual([101n]);
    expect(summary(second.save)).toEqual(summary(whole));
    expect(second.save.map((e) => e.id)).toEqual([100n]);
    expect(summary(whole)).toEqual([{ author: "alex", part: "pause", before: draftAgreement().text.pause, after: `Very Soon. ${draftAgreement().text.pause}` }]);
  });
});
