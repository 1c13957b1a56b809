import { describe, expect, it } from "vitest";
import { asPlainText, isPlainText, zPlainText } from "./plain-text";

describe("isPlainText", () => {
  it.each([
    ["a NUL", "a\u0000b"],
    ["a bell", "a\u0007b"],
    ["DEL", "a\u007Fb"],
    ["a C1 control", "a\u0085b"],
    ["a lone high surrogate", "a\uD800b"],
    ["a lone low surrogate", "a\uDC00b"],
    ["a high surrogate at the end", "a\uD83D"],
    ["two high surrogates", "\uD83D\uD83D"],
  ])("refuses %s", (_label, text) => {
    expect(isPlainText(text)).toBe(false);
  });

  it.each([
    ["line breaks and tabs", "one\ntwo\n\tthree"],
    ["emoji made of surrogate pairs", "🌱👋🏽"],
    ["other scripts", "Привет こんにちは مرحبا"],
    ["nothing", ""],
  ])("keeps %s", (_label, text) => {
    expect(isPlainText(text)).toBe(true);
  });

  it("lets a schema chain length limits after the rule", () => {
    const schema = zPlainText().trim().max(3);
    expect(schema.safeParse("  ab  ").data).toBe("ab");
    expect(schema.safeParse("abcd").success).toBe(false);
    expect(schema.safeParse("a\u0000").success).toBe(false);
  });
});

describe("asPlainText", () => {
  it("drops control characters and lone surrogates, and keeps line breaks, tabs, emoji and every script", () => {
    expect(asPlainText("Talk\u0000 it\u0007 through\u009F.")).toBe("Talk it through.");
    expect(asPlainText("a\ud800b\udc00c")).toBe("abc");
    expect(asPlainText("line one\n\tline two 🌱 مرحبا 你好")).toBe("line one\n\tline two 🌱 مرحبا 你好");
  });
});
