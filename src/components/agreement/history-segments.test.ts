import { describe, expect, it } from "vitest";
import { trimUnchanged } from "./history-segments";

const words = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `w${from + i}`).join(" ");

describe("trimUnchanged", () => {
  it("keeps a few unchanged words before and after a change and elides the rest", () => {
    const segments = trimUnchanged(
      [
        { kind: "same", text: `${words(1, 20)} ` },
        { kind: "removed", text: "old" },
        { kind: "added", text: "new" },
        { kind: "same", text: ` ${words(21, 40)}` },
      ],
      3,
    );
    expect(segments).toEqual([
      { kind: "same", text: "… w18 w19 w20 " },
      { kind: "removed", text: "old" },
      { kind: "added", text: "new" },
      { kind: "same", text: " w21 w22 w23 …" },
    ]);
  });

  it("keeps both ends of a long unchanged stretch between two changes", () => {
    const [, middle] = trimUnchanged(
      [
        { kind: "added", text: "A" },
        { kind: "same", text: ` ${words(1, 10)} ` },
        { kind: "added", text: "B" },
      ],
      2,
    );
    expect(middle).toEqual({ kind: "same", text: " w1 w2 … w9 w10 " });
  });

  it("leaves short unchanged text and changes as they are", () => {
    const segments = [
      { kind: "same" as const, text: "We meet " },
      { kind: "removed" as const, text: "Monday" },
      { kind: "added" as const, text: "Tuesday" },
      { kind: "same" as const, text: " at six, " + words(1, 4) },
    ];
    expect(trimUnchanged(segments, 12)).toEqual(segments);
    expect(trimUnchanged([{ kind: "added", text: words(1, 50) }], 3)).toEqual([{ kind: "added", text: words(1, 50) }]);
  });
});
