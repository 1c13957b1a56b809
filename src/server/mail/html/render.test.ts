import { describe, expect, it } from "vitest";
import { renderEmailHtml } from "./render";

const text = `Hi Robin,

Good news: your request was accepted. Your partnership is waiting:

https://tandem.example/partnerships/ps1

Take care,
Tandem

If you might hurt yourself or are in danger, call your local emergency number now. Crisis lines for where you live: https://tandem.example/help`;

const words = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    // The preview line is padded with invisible characters so mail apps show only the subject.
    .replace(/&#\d+;|[\u00A0\u034F\u200B-\u200F\u2060\uFEFF]/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .split(/\s+/)
    .filter(Boolean);

describe("renderEmailHtml", () => {
  it("wraps the same paragraphs and links in a layout, rendered offline", async () => {
    const html = await renderEmailHtml({ subject: "Your partnership request was accepted", text });
    expect(html).toMatch(/^<!DOCTYPE html/);
    expect(html).toContain('href="https://tandem.example/partnerships/ps1"');
    expect(html).toContain('href="https://tandem.example/help"');
    expect(html).toContain("Hi Robin,");
    expect(html).toContain("call your local emergency number now");
  });

  it("says nothing the plain text doesn't: every word is the text's, the subject's or the layout's own", async () => {
    const html = await renderEmailHtml({ subject: "Your partnership request was accepted", text });
    const allowed = new Set([...words(text), ...words("Your partnership request was accepted"), "Tandem", "Open"]);
    const extra = words(html.replace(/<head>[\s\S]*<\/head>/, "")).filter((word) => !allowed.has(word));
    expect(extra).toEqual([]);
  });

  it("escapes text rather than trusting it as markup", async () => {
    const html = await renderEmailHtml({ subject: "Hello", text: "Hi <b>Sam</b> & co,\n\nA line." });
    expect(html).not.toContain("<b>Sam</b>");
    expect(html).toContain("&lt;b&gt;Sam&lt;/b&gt;");
  });
});
