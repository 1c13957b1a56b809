import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { draftAgreement } from "@/test/agreement-fixtures";
import { agreementFields, agreementText, createAgreementDoc, docFromStored, readAgreementDoc, seedDocUpdate } from "./doc";
import { applyTextareaChange } from "./textarea";

/** A client's document: a fresh Y.Doc that received the server's seed. */
function client(seed: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, seed);
  return doc;
}

/** Every update the document produces, in order. */
function recordUpdates(doc: Y.Doc): Uint8Array[] {
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  return updates;
}

/** A fixed shuffle (seeded), so a failure can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe("the agreement document", () => {
  it("reads back exactly the agreement it was seeded with", () => {
    const agreement = draftAgreement();
    const read = readAgreementDoc(client(seedDocUpdate(agreement)));
    expect(read.content).toEqual(agreement);
    expect(read).toMatchObject({ valid: true, agreement });
  });

  it("receiving the stored seed twice changes nothing, while a second seeding would duplicate the text", () => {
    const agreement = draftAgreement();
    const seed = seedDocUpdate(agreement);
    const doc = client(seed);
    Y.applyUpdate(doc, seed);
    expect(readAgreementDoc(doc).content).toEqual(agreement);
    Y.applyUpdate(doc, seedDocUpdate(agreement));
    expect(readAgreementDoc(doc).content.text.ending).toBe(agreement.text.ending.repeat(2));
  });

  it("reads every section from a document that has accessed none of them yet", () => {
    const seed = seedDocUpdate(draftAgreement());
    const untouched = client(seed);
    expect(untouched.toJSON()).toEqual({}); // what toJSON would have given
    expect(readAgreementDoc(untouched).content.text.pause).toBe(draftAgreement().text.pause);
  });

  it("keys an invalid structured field's error by its section", () => {
    const doc = client(seedDocUpdate(draftAgreement()));
    agreementFields(doc).set("maxPauseWeeks", 40);
    agreementFields(doc).set("time", "25:00");
    const read = readAgreementDoc(doc);
    expect(read.valid).toBe(false);
    expect(!read.valid && read.errors).toEqual({
      pause: [{ field: "maxPauseWeeks", message: "At most 12 weeks." }],
      rhythm: [{ field: "time", message: "Choose a time between 00:00 and 23:59, like 18:30." }],
    });
    expect(read.content.fields.maxPauseWeeks).toBe(40);
  });

  it("keys a text error by its section", () => {
    const doc = client(seedDocUpdate(draftAgreement()));
    agreementText(doc, "boundariesA").insert(0, "\u0000");
    const read = readAgreementDoc(doc);
    expect(!read.valid && Object.keys(read.errors)).toEqual(["boundariesA"]);
    expect(!read.valid && read.errors.boundariesA?.[0]?.field).toBe("text");
  });

  it("converges when both partners type in one section at once, updates shuffled and duplicated", () => {
    const seed = seedDocUpdate(draftAgreement());
    const alex = client(seed);
    const sam = client(seed);
    const fromAlex = recordUpdates(alex);
    const fromSam = recordUpdates(sam);
    const before = agreementText(alex, "conflict").toString();

    // Concurrent edits in the same section: at the start, in the middle, and over the same words.
    const typeInto = (doc: Y.Doc, edits: [number, string][]) => {
      for (const [at, words] of edits) {
        const text = agreementText(doc, "conflict");
        applyTextareaChange(text, text.toString(), text.toString().slice(0, at) + words + text.toString().slice(at));
      }
    };
    typeInto(alex, [[0, "Alex: "], [20, "gently "], [40, "always "]]);
    typeInto(sam, [[0, "Sam: "], [20, "calmly "]]);
    const samText = agreementText(sam, "conflict");
    applyTextareaChange(samText, samText.toString(), samText.toString().replace("kindly", "warmly"));
    agreementFields(alex).set("durationMinutes", 45);

    const all = [...fromAlex, ...fromSam];
    const server = client(seed);
    for (const update of shuffled([...all, ...all, ...all], 7)) Y.applyUpdate(server, update);
    for (const update of shuffled([...fromSam, ...fromSam], 11)) Y.applyUpdate(alex, update);
    for (const update of shuffled(fromAlex, 13)) Y.applyUpdate(sam, update);

    const merged = readAgreementDoc(server).content;
    expect(readAgreementDoc(alex).content).toEqual(merged);
    expect(readAgreementDoc(sam).content).toEqual(merged);
    for (const words of ["Alex: ", "gently ", "always ", "Sam: ", "calmly ", "warmly"]) expect(merged.text.conflict).toContain(words);
    expect(merged.text.conflict).not.toContain("kindly");
    expect(merged.text.conflict.length).toBe(before.length + "Alex: gently always Sam: calmly ".length + "warmly".length - "kindly".length);
    expect(merged.fields.durationMinutes).toBe(45);
  });

  it("a server-side document built from the agreement equals one built from the seed", () => {
    const agreement = draftAgreement();
    expect(readAgreementDoc(createAgreementDoc(agreement)).content).toEqual(readAgreementDoc(client(seedDocUpdate(agreement))).content);
  });

  it("builds the same document from stored updates, applied in turn, as merging them does", () => {
    const seed = seedDocUpdate(draftAgreement());
    const [ada, ben] = [client(seed), client(seed)];
    const [fromAda, fromBen] = [recordUpdates(ada), recordUpdates(ben)];
    for (let i = 0; i < 30; i++) {
      agreementText(ada, "conflict").insert(0, `a${i} `);
      agreementText(ben, "conflict").insert(agreementText(ben, "conflict").length, ` b${i}`);
    }
    const stored = [seed, ...shuffled([...fromAda, ...fromBen], 7)];
    const merged = new Y.Doc();
    Y.applyUpdate(merged, Y.mergeUpdates(stored));
    const built = docFromStored(stored, "remote");
    expect(readAgreementDoc(built).content).toEqual(readAgreementDoc(merged).content);
    expect(agreementText(built, "conflict").toString()).toMatch(/^a29 .* b29$/s);
  });
});
