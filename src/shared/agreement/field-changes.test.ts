import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { draftAgreement } from "@/test/agreement-fixtures";
import { agreementFields, agreementText, seedDocUpdate } from "./doc";
import { watchPartnerFieldChanges, type FieldChange } from "./field-changes";

function pair() {
  const seed = seedDocUpdate(draftAgreement());
  const [alex, sam] = [new Y.Doc(), new Y.Doc()];
  Y.applyUpdate(alex, seed);
  Y.applyUpdate(sam, seed);
  const sendToSam = () => Y.applyUpdate(sam, Y.encodeStateAsUpdate(alex, Y.encodeStateVector(sam)));
  return { alex, sam, sendToSam };
}

describe("watchPartnerFieldChanges", () => {
  it("tells the member which field the partner changed, from what to what", () => {
    const { alex, sam, sendToSam } = pair();
    const seen: FieldChange[][] = [];
    watchPartnerFieldChanges(sam, (changes) => seen.push(changes));
    agreementFields(alex).set("time", "19:00");
    sendToSam();
    expect(seen).toEqual([[{ key: "time", before: "18:00", after: "19:00" }]]);
  });

  it("stays quiet for the member's own changes, text edits, and after unsubscribing", () => {
    const { alex, sam, sendToSam } = pair();
    const seen: FieldChange[][] = [];
    const stop = watchPartnerFieldChanges(sam, (changes) => seen.push(changes));
    agreementFields(sam).set("durationMinutes", 45);
    agreementText(alex, "ending").insert(0, "Thank you. ");
    sendToSam();
    expect(seen).toEqual([]);
    stop();
    agreementFields(alex).set("channel", "VIDEO");
    sendToSam();
    expect(seen).toEqual([]);
  });
});
