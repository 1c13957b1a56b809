import { afterEach, describe, expect, it } from "vitest";
import { applyAwarenessUpdate, encodeAwarenessUpdate, type Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import { createPresence, othersEditing, presenceWords, setEditingSection } from "./presence";

const open: Awareness[] = [];
afterEach(() => open.splice(0).forEach((awareness) => awareness.destroy()));

/** Sends `from`'s own state to `to`, as the transport will. */
const relay = (from: Awareness, to: Awareness) => applyAwarenessUpdate(to, encodeAwarenessUpdate(from, [from.clientID]), "remote");

function browsers() {
  const alex = createPresence(new Y.Doc(), "a");
  const sam = createPresence(new Y.Doc(), "b");
  open.push(alex, sam);
  return { alex, sam };
}

describe("presence", () => {
  it("shows the partner's section while they edit it, and nothing once they leave it", () => {
    const { alex, sam } = browsers();
    setEditingSection(sam, "boundariesB");
    relay(sam, alex);
    expect(othersEditing(alex)).toEqual([{ slot: "b", section: "boundariesB" }]);
    expect(presenceWords({ a: "Alex", b: "Sam" }, "b", "boundariesB")).toBe("Sam is editing “Sam's boundaries”");

    setEditingSection(sam, null);
    relay(sam, alex);
    expect(othersEditing(alex)).toEqual([]);
  });

  it("never lists this browser itself", () => {
    const { alex } = browsers();
    setEditingSection(alex, "rhythm");
    expect(othersEditing(alex)).toEqual([]);
  });

  it("ignores a malformed state from the other side", () => {
    const { alex, sam } = browsers();
    sam.setLocalState({ slot: "c", section: "<script>" });
    relay(sam, alex);
    expect(othersEditing(alex)).toEqual([]);
  });
});
