/**
 * An agreement version as a Markdown file to download: the same document as the printable page.
 * Member text is written so that it reads as typed but can never change the file's structure: a
 * line starting with "#" stays a line of text rather than a heading, "```" opens no code block and
 * "<script>" is shown, not run. Their bullet lines become list items of the section they belong to.
 */
import type { Agreement } from "./schema";
import { emptySectionWords, versionDocument, type DocumentSection, type TextBlock, type VersionMeta } from "./version-document";

/** Characters with a meaning anywhere in a line (emphasis, code, links, HTML, entities, headings, tables). */
const inlineMarkup = /[\\`*_[\]<>&~#|]/g;
/** Characters with a meaning only at the start of a line: list items, thematic breaks, setext underlines. */
const lineStartMarkup = /^[-+=]/;
const orderedListStart = /^(\d+)([.)])/;

/** One line of text, escaped so that Markdown shows exactly these characters. */
export function markdownLine(text: string): string {
  const line = text.replace(/\s+/g, " ").trim().replace(inlineMarkup, "\\$&");
  return line.replace(lineStartMarkup, "\\$&").replace(orderedListStart, "$1\\$2");
}

function blockMarkdown(block: TextBlock): string {
  if (block.kind === "paragraph") return markdownLine(block.text);
  return block.items.map((item) => `- ${markdownLine(item)}`).join("\n");
}

function sectionMarkdown(section: DocumentSection): string {
  const parts = [`## ${markdownLine(section.title)}`];
  if (section.blocks) {
    parts.push(...(section.blocks.length > 0 ? section.blocks.map(blockMarkdown) : [`_${markdownLine(emptySectionWords)}_`]));
  }
  if (section.fields.length > 0) {
    // Another bullet than the text's "-": a list right after the member's own would otherwise merge into it.
    parts.push(section.fields.map((field) => `* ${markdownLine(`${field.label}: ${field.value}`)}`).join("\n"));
  }
  return parts.join("\n\n");
}

/** The whole version as Markdown: title, where it stands, signatures, then every section in order. */
export function agreementMarkdown(agreement: Agreement, meta: VersionMeta): string {
  const document = versionDocument(agreement, meta);
  const head = [
    `# ${markdownLine(document.title)}`,
    markdownLine(document.standing),
    document.signatures.map((line) => `- ${markdownLine(line)}`).join("\n"),
  ];
  return `${[...head, ...document.sections.map(sectionMarkdown)].join("\n\n")}\n`;
}

/** "tandem-agreement-v3.md": the download's name, which says nothing about who the partners are. */
export function agreementMarkdownFilename(versionNumber: number): string {
  if (!Number.isSafeInteger(versionNumber) || versionNumber < 1) throw new RangeError("A version number is a whole number from 1.");
  return `tandem-agreement-v${versionNumber}.md`;
}
