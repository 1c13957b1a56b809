import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { fromBase64, toBase64 } from "./base64";

describe("base64 for Yjs updates", () => {
  it("matches Node's encoding and round-trips a real update", () => {
    const doc = new Y.Doc();
    doc.getText("t").insert(0, "Hello 👋 ".repeat(5000));
    const update = Y.encodeStateAsUpdate(doc);
    expect(update.length).toBeGreaterThan(0x8000);
    expect(toBase64(update)).toBe(Buffer.from(update).toString("base64"));
    expect(fromBase64(toBase64(update))).toEqual(update);
  });

  it("handles the empty update", () => {
    expect(fromBase64(toBase64(new Uint8Array()))).toEqual(new Uint8Array());
  });
});
