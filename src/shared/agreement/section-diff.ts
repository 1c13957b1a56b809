/**
 * What an amendment would change, section by section: a word diff of each text that differs and
 * the fields whose value differs (shown side by side: in force, then proposed).
 */
import { diffWords } from "diff";
import { canonicalJson } from "./canonical";
import type { LooseAgreement } from "./changed-sections";
import { fieldKeys, fieldSection, type FieldKey } from "./fields";
import { sectionIds, textSectionIds, type SectionId, type TextSectionId } from "./sections";

export type WordPart = { text: string; change: "same" | "added" | "removed" };
export type FieldDiff = { key: FieldKey; before: unknown; after: unknown };
export type SectionDiff = { section: SectionId; words: WordPart[] | null; fields: FieldDiff[] };

const isText = (section: SectionId): section is TextSectionId => (textSectionIds as readonly string[]).includes(section);
const textOf = (agreement: LooseAgreement, section: TextSectionId) => {
  const value = agreement.text[section];
  return typeof value === "string" ? value : "";
};

/** Only the sections that differ, in reading order; an unchanged agreement gives []. */
export function sectionDiff(inForce: LooseAgreement, amended: LooseAgreement): SectionDiff[] {
  return sectionIds.flatMap((section) => {
    const before = isText(section) ? textOf(inForce, section) : "";
    const after = isText(section) ? textOf(amended, section) : "";
    const words: WordPart[] | null =
      before === after ? null : diffWords(before, after).map((part) => ({ text: part.value, change: part.added ? "added" : part.removed ? "removed" : "same" }));
    const fields = fieldKeys
      .filter((key) => fieldSection[key] === section && canonicalJson(inForce.fields[key]) !== canonicalJson(amended.fields[key]))
      .map((key) => ({ key, before: inForce.fields[key], after: amended.fields[key] }));
    return words || fields.length > 0 ? [{ section, words, fields }] : [];
  });
}
