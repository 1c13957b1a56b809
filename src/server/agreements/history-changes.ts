/**
 * Which parts of the agreement document an update touched, and what a part holds now. Pure (Yjs
 * only), so the history's fold can be tested without a database.
 */
import * as Y from "yjs";
import { agreementFields, agreementText } from "@/shared/agreement/doc";
import { fieldKeys, fieldSection, type FieldKey } from "@/shared/agreement/fields";
import { textSectionIds, type SectionId, type TextSectionId } from "@/shared/agreement/sections";
import { asPlainText } from "@/shared/text/plain-text";

/** What the history follows: one section's text (`field` null), or one structured field. */
export type HistoryPart = { section: SectionId; field: FieldKey | null };

export const partKey = (part: HistoryPart): string => (part.field ? `field:${part.field}` : `text:${part.section}`);

const isFieldKey = (key: string | null): key is FieldKey => key !== null && (fieldKeys as readonly string[]).includes(key);

/** A field's value as stored in the history: JSON, with "unset" and null alike. */
export const fieldValueText = (value: unknown): string => JSON.stringify(value ?? null);

/**
 * What `part` holds in `doc`: the section's text, or the field's value as JSON. A client could
 * have written a NUL into the shared text, which a text column refuses: the history keeps the
 * text without it.
 */
export function readPart(doc: Y.Doc, part: HistoryPart): string {
  return part.field ? fieldValueText(agreementFields(doc).get(part.field)) : asPlainText(agreementText(doc, part.section as TextSectionId).toString());
}

/**
 * Applies `update` to `doc` and returns the parts its transaction touched (possibly leaving them
 * as they were). Reading what a part holds costs a walk of its text, so this only names them:
 * the fold reads a part at the edges of a burst, not after every keystroke.
 */
export function applyAndTouched(doc: Y.Doc, update: Uint8Array): HistoryPart[] {
  // Every type is fetched before the update arrives, so `tr.changed` holds these very objects.
  const texts = new Map<unknown, TextSectionId>(textSectionIds.map((section) => [agreementText(doc, section), section]));
  const fields = agreementFields(doc);
  const touched = new Map<unknown, Set<string | null>>();
  const collect = (tr: Y.Transaction) => {
    for (const [type, keys] of tr.changed) touched.set(type, new Set([...(touched.get(type) ?? []), ...keys]));
  };
  doc.on("afterTransaction", collect);
  try {
    Y.applyUpdate(doc, update);
  } finally {
    doc.off("afterTransaction", collect);
  }
  const parts: HistoryPart[] = [];
  for (const [type, keys] of touched) {
    const section = texts.get(type);
    if (section) parts.push({ section, field: null });
    else if (type === fields) for (const key of keys) if (isFieldKey(key)) parts.push({ section: fieldSection[key], field: key });
  }
  return parts;
}
