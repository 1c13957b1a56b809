/**
 * Follows an agreement document update by update and says which parts each one changed, with
 * their text before and after. Pure (Yjs only), so the fold can be tested without a database.
 */
import * as Y from "yjs";
import { agreementFields, agreementText } from "@/shared/agreement/doc";
import { fieldKeys, fieldSection, type FieldKey } from "@/shared/agreement/fields";
import { textSectionIds, type SectionId, type TextSectionId } from "@/shared/agreement/sections";

/** What the history follows: one section's text (`field` null), or one structured field. */
export type HistoryPart = { section: SectionId; field: FieldKey | null };
export type PartChange = HistoryPart & { before: string; after: string };

export const partKey = (part: HistoryPart): string => (part.field ? `field:${part.field}` : `text:${part.section}`);

const isFieldKey = (key: string | null): key is FieldKey => key !== null && (fieldKeys as readonly string[]).includes(key);

/** A field's value as stored in the history: JSON, with "unset" and null alike. */
export const fieldValueText = (value: unknown): string => JSON.stringify(value ?? null);

export type ChangeTracker = {
  /** Applies one stored update and returns the parts whose content it changed. */
  apply(update: Uint8Array): PartChange[];
};

/**
 * Tracks `doc` from its current state. Only the types a transaction touched are read again, so
 * following thousands of updates costs what they changed, not the whole document each time.
 */
export function trackChanges(doc: Y.Doc): ChangeTracker {
  // Every type is fetched before any update arrives: `tr.changed` then holds these very objects.
  const texts = new Map<unknown, TextSectionId>(textSectionIds.map((section) => [agreementText(doc, section), section]));
  const fields = agreementFields(doc);
  const current = new Map<string, string>([
    ...textSectionIds.map((section) => [partKey({ section, field: null }), agreementText(doc, section).toString()] as const),
    ...fieldKeys.map((key) => [partKey({ section: fieldSection[key], field: key }), fieldValueText(fields.get(key))] as const),
  ]);

  const compare = (part: HistoryPart, after: string, changes: PartChange[]) => {
    const key = partKey(part);
    const before = current.get(key) ?? "";
    if (before === after) return;
    current.set(key, after);
    changes.push({ ...part, before, after });
  };

  return {
    apply(update) {
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
      const changes: PartChange[] = [];
      for (const [type, keys] of touched) {
        const section = texts.get(type);
        if (section) compare({ section, field: null }, agreementText(doc, section).toString(), changes);
        else if (type === fields) for (const key of keys) if (isFieldKey(key)) compare({ section: fieldSection[key], field: key }, fieldValueText(fields.get(key)), changes);
      }
      return changes;
    },
  };
}
