import { describe, expect, it } from "vitest";
import { draftAgreement } from "@/test/agreement-fixtures";
import { agreementMarkdown, agreementMarkdownFilename, markdownLine } from "./markdown";
import type { Agreement } from "./schema";
import { sectionIds, sectionTitles, type TextSectionId } from "./sections";
import type { VersionMeta } from "./version-document";

const names = { a: "Alex", b: "Sam" };
const inForce: VersionMeta = {
  names,
  number: 3,
  standing: { status: "IN_FORCE", inForceAt: new Date("2026-12-03T10:00:00Z") },
  signedAt: { a: new Date("2026-12-02T10:00:00Z"), b: new Date("2026-12-03T10:00:00Z") },
};

const withText = (text: Partial<Record<TextSectionId, string>>): Agreement => {
  const agreement = draftAgreement();
  return { ...agreement, text: { ...agreement.text, ...text } };
};

/** The lines between a section's heading and the next heading. */
function sectionLines(markdown: string, title: string): string[] {
  const lines = markdown.split("\n");
  const start = lines.indexOf(`## ${title}`);
  const end = lines.findIndex((line, index) => index > start && line.startsWith("#"));
  return lines.slice(start + 1, end === -1 ? undefined : end).filter((line) => line !== "");
}

/** What a CommonMark reader shows for an escaped line: each backslash escape as its character. */
const shown = (line: string) => line.replace(/\\([!-/:-@[-`{-~])/g, "$1");

const headings = (markdown: string) => markdown.split("\n").filter((line) => /^\s{0,3}#/.test(line));

describe("agreementMarkdown", () => {
  it("opens with the title, where the version stands and who signed it", () => {
    expect(agreementMarkdown(draftAgreement(), inForce)).toMatch(
      /^# Alex and Sam's agreement\n\nVersion 3, in force since 3 December 2026\.\n\n- Signed by Alex on 2 December 2026\.\n- Signed by Sam on 3 December 2026\.\n\n## /,
    );
  });

  it("has one heading per section, in the order members see them, and no other", () => {
    const expected = ["# Alex and Sam's agreement", ...sectionIds.map((id) => `## ${sectionTitles[id](names)}`)];
    expect(headings(agreementMarkdown(draftAgreement(), inForce))).toEqual(expected);
  });

  it("keeps the partners' bullet lines as a list and every other line as its own paragraph", () => {
    const markdown = agreementMarkdown(withText({ goalsA: "- Walk daily\n* Call Mum\n\n• Read\n+ Sleep by 11\n-no space\nThat's all" }), inForce);
    expect(markdown).toContain("## Alex's goals and commitments\n\n- Walk daily\n- Call Mum\n- Read\n- Sleep by 11\n\n\\-no space\n\nThat's all\n\n## ");
  });

  it("writes the structured fields in the editor's words, under their section's text", () => {
    const markdown = agreementMarkdown(draftAgreement(), inForce);
    expect(sectionLines(markdown, "When and how we check in")).toEqual([
      "* How often: Once a week",
      "* Which days: Tuesday",
      "* Time: 18:00",
      "* Timezone: Europe/London",
      "* Minutes each time: 30",
      "* How: Voice call",
    ]);
    expect(sectionLines(markdown, "Taking a pause").slice(-2)).toEqual(["* Longest pause, in weeks: 4", "* Either of us may pause alone: yes"]);
    expect(sectionLines(markdown, "Looking back together")).toEqual(["* How often we look back: Every 3 months", "* A first review after 4 weeks: yes"]);
  });

  it("keeps the fields' list apart from a list the partners ended their text with", () => {
    const lines = sectionLines(agreementMarkdown(withText({ pause: "- A message first\n- Back by Sunday" }), inForce), "Taking a pause");
    // Two lists with the same bullet and only a blank line between them would read as one.
    expect(lines).toEqual(["- A message first", "- Back by Sunday", "* Longest pause, in weeks: 4", "* Either of us may pause alone: yes"]);
  });

  it("says so where an optional section was left empty, and still shows every section", () => {
    const markdown = agreementMarkdown(withText({ boundariesA: "", boundariesB: "  \n\n " }), inForce);
    expect(sectionLines(markdown, "Alex's boundaries")).toEqual(["_Nothing written here._"]);
    expect(sectionLines(markdown, "Sam's boundaries")).toEqual(["_Nothing written here._"]);
    expect(headings(markdown)).toHaveLength(1 + sectionIds.length);
  });

  const hostile = [
    "# Not a heading",
    "## Nor this ##",
    "```",
    "~~~js",
    "<script>alert('hi')</script>",
    "<!-- hidden -->",
    "> not a quote",
    "---",
    "===",
    "***",
    "1. not a numbered list",
    "2) nor this",
    "[a link](javascript:alert(1)) ![an image](https://example.com/x.png)",
    "[ref]: https://example.com",
    "&amp; &#35; &copy;",
    "| a | b |",
    "|---|---|",
    "    indented like code",
    "\ttabbed like code",
    "*em* _em_ **strong** ~~struck~~ `code`",
    "a trailing backslash \\",
  ];

  it("shows hostile member text exactly as typed, without letting it change the document's structure", () => {
    const markdown = agreementMarkdown(withText({ conflict: hostile.join("\n") }), inForce);
    const lines = sectionLines(markdown, "If something doesn't sit right");
    expect(lines.map(shown)).toEqual(hostile.map((line) => line.trim()));
    expect(headings(markdown)).toHaveLength(1 + sectionIds.length);
    for (const line of lines) {
      expect(line).toMatch(/^[^\s#>`~<|*_[&=+-]/);
      expect(line).not.toMatch(/^\d+[.)]/);
      expect(line).not.toMatch(/(^|[^\\])(\\\\)*[<`*_[&]/);
    }
  });

  it("escapes the same way inside the partners' list items", () => {
    const markdown = agreementMarkdown(withText({ goalsB: "- # heading\n- - nested\n- 1. numbered\n- <b>bold</b>" }), inForce);
    expect(sectionLines(markdown, "Sam's goals and commitments")).toEqual(["- \\# heading", "- \\- nested", "- 1\\. numbered", "- \\<b\\>bold\\</b\\>"]);
  });

  it("keeps a very long line whole, on one line", () => {
    const long = `${"word ".repeat(200)}${"x".repeat(400)}`.trim();
    const lines = sectionLines(agreementMarkdown(withText({ questions: long }), inForce), "Check-in questions");
    expect(lines).toEqual([long]);
  });

  it("escapes names that look like Markdown wherever they appear", () => {
    const meta = { ...inForce, names: { a: "#1 <Al>", b: "*Sam*" } };
    const markdown = agreementMarkdown(draftAgreement(), meta);
    expect(markdown.split("\n")[0]).toBe("# \\#1 \\<Al\\> and \\*Sam\\*'s agreement");
    expect(markdown).toContain("- Signed by \\#1 \\<Al\\> on 2 December 2026.");
    expect(markdown).toContain("## \\*Sam\\*'s boundaries");
    expect(headings(markdown)).toHaveLength(1 + sectionIds.length);
  });
});

describe("markdownLine", () => {
  it("leaves ordinary words alone", () => {
    expect(markdownLine("We reply the same day. If we can't, a short \"I'm here\" is enough (really): 18:30!")).toBe(
      "We reply the same day. If we can't, a short \"I'm here\" is enough (really): 18:30!",
    );
  });

  it("turns line breaks and runs of spaces into one space", () => {
    expect(markdownLine("  one\n# two\t three  ")).toBe("one \\# two three");
  });
});

describe("agreementMarkdownFilename", () => {
  it("names the file by version only", () => {
    expect(agreementMarkdownFilename(3)).toBe("tandem-agreement-v3.md");
    expect(agreementMarkdownFilename(12)).toBe("tandem-agreement-v12.md");
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("refuses %s as a version number", (number) => {
    expect(() => agreementMarkdownFilename(number)).toThrow(RangeError);
  });
});
