/**
 * An agreement version as a document to read, print or download: its title, where it stands, who
 * signed it, and every section in the order members see them, with its text split into paragraphs
 * and lists and its fields in the editor's words. The Markdown export and the printable page both
 * render this, so they always say the same thing in the same order.
 */
import { zoneFormat } from "@/shared/time/date-format";
import { fieldKeys, fieldSection, type FieldKey } from "./fields";
import { fieldLabels, fieldValueWords } from "./field-words";
import type { Agreement } from "./schema";
import { sectionIds, sectionTitles, textSectionIds, type PartnerNames, type PartnerSlot, type SectionId, type TextSectionId } from "./sections";

/** Where a version stands, with the dates that matter for it (named as the version's stored status; ENDED_UNSIGNED is a WITHDRAWN one the ending closed). */
export type VersionStanding =
  | { status: "PROPOSED" | "WITHDRAWN" | "CHANGES_REQUESTED"; proposedAt: Date }
  /** Still waiting for a signature when the partnership ended. */
  | { status: "ENDED_UNSIGNED"; proposedAt: Date }
  | { status: "IN_FORCE"; inForceAt: Date }
  | { status: "SUPERSEDED"; inForceAt: Date; supersededAt: Date };

export type VersionMeta = {
  /** The partners' display names, "a" and "b" in `orderPartners` order. */
  names: PartnerNames;
  number: number;
  standing: VersionStanding;
  signedAt: Partial<Record<PartnerSlot, Date>>;
};

/** A run of member text: lines become paragraphs, except consecutive bullet lines, which stay a list. */
export type TextBlock = { kind: "paragraph"; text: string } | { kind: "list"; items: string[] };

export type DocumentSection = {
  id: SectionId;
  title: string;
  /** Null for sections made only of fields; an empty array when the member left the text empty. */
  blocks: TextBlock[] | null;
  fields: { key: FieldKey; label: string; value: string }[];
};

export type VersionDocument = {
  title: string;
  standing: string;
  signatures: string[];
  sections: DocumentSection[];
};

/** Said where a section's text was left empty (only optional sections can be). */
export const emptySectionWords = "Nothing written here.";

/** "3 December 2026", in the agreement's own timezone so both partners' copies read the same. */
function dateWords(date: Date, timeZone: string): string {
  return zoneFormat(timeZone, { day: "numeric", month: "long", year: "numeric" }).format(date);
}

function standingWords(number: number, standing: VersionStanding, on: (date: Date) => string): string {
  const version = `Version ${number}`;
  switch (standing.status) {
    case "PROPOSED":
      return `${version}, proposed on ${on(standing.proposedAt)}. It comes into force once both partners have signed it.`;
    case "WITHDRAWN":
      return `${version}, proposed on ${on(standing.proposedAt)} and withdrawn before it came into force.`;
    case "CHANGES_REQUESTED":
      return `${version}, proposed on ${on(standing.proposedAt)}. Changes were asked for, so it didn't come into force.`;
    case "ENDED_UNSIGNED":
      return `${version}, proposed on ${on(standing.proposedAt)}. The partnership ended before both partners had signed it, so it didn't come into force.`;
    case "IN_FORCE":
      return `${version}, in force since ${on(standing.inForceAt)}.`;
    case "SUPERSEDED":
      return `${version}, in force from ${on(standing.inForceAt)} until ${on(standing.supersededAt)}, when a newer version replaced it.`;
  }
}

function signatureWords(meta: VersionMeta, on: (date: Date) => string): string[] {
  const waiting = meta.standing.status === "PROPOSED";
  return (["a", "b"] as const).map((slot) => {
    const signedAt = meta.signedAt[slot];
    const name = meta.names[slot];
    if (signedAt) return `Signed by ${name} on ${on(signedAt)}.`;
    return waiting ? `Not signed by ${name} yet.` : `Not signed by ${name}.`;
  });
}

/** A line the agreement schema counts as a commitment, written with a bullet and a space. */
const bulletLine = /^(?:[-*+•]\s+|•)(?=\S)/;

/** Member text as blocks: one paragraph per line, bullet lines gathered into lists, blank lines dropped. */
export function textBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "") continue;
    const bullet = bulletLine.exec(line);
    if (!bullet) {
      blocks.push({ kind: "paragraph", text: line });
      continue;
    }
    const item = line.slice(bullet[0].length);
    const last = blocks.at(-1);
    if (last?.kind === "list") last.items.push(item);
    else blocks.push({ kind: "list", items: [item] });
  }
  return blocks;
}

const isTextSection = (id: SectionId): id is TextSectionId => (textSectionIds as readonly string[]).includes(id);

function section(id: SectionId, agreement: Agreement, names: PartnerNames): DocumentSection {
  const fields = fieldKeys
    .filter((key) => fieldSection[key] === id)
    .map((key) => ({ key, label: fieldLabels[key], value: fieldValueWords(key, agreement.fields[key]) }));
  return { id, title: sectionTitles[id](names), blocks: isTextSection(id) ? textBlocks(agreement.text[id]) : null, fields };
}

/** Every section of the agreement in reading order, as the document shows them. */
export function documentSections(agreement: Agreement, names: PartnerNames): DocumentSection[] {
  return sectionIds.map((id) => section(id, agreement, names));
}

/** "Version 3, in force since 3 December 2026.": where a version stands, dated in the agreement's own timezone. */
export function versionStandingWords(agreement: Agreement, number: number, standing: VersionStanding): string {
  return standingWords(number, standing, (date) => dateWords(date, agreement.fields.timezone));
}

/** The version as a document; dates are written in the agreement's own timezone. */
export function versionDocument(agreement: Agreement, meta: VersionMeta): VersionDocument {
  const on = (date: Date) => dateWords(date, agreement.fields.timezone);
  return {
    title: `${meta.names.a} and ${meta.names.b}'s agreement`,
    standing: standingWords(meta.number, meta.standing, on),
    signatures: signatureWords(meta, on),
    sections: documentSections(agreement, meta.names),
  };
}
