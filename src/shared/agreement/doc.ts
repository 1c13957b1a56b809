/**
 * The agreement as a Yjs document: one Y.Text per text section and one Y.Map for the structured
 * fields. The server seeds a draft once (`seedDocUpdate`) and stores that as the first update:
 * two clients seeding the same content would each insert it, and both copies would survive.
 */
import * as Y from "yjs";
import { fieldKeys, fieldSection, type FieldKey } from "./fields";
import { zAgreement, type Agreement } from "./schema";
import { sectionIds, textSectionIds, type SectionId, type TextSectionId } from "./sections";

/** Names of the document's top-level types; stored documents depend on them, so never rename. */
export const docNames = {
  fields: "fields",
  text: (section: TextSectionId) => `text:${section}`,
} as const;

export const agreementText = (doc: Y.Doc, section: TextSectionId): Y.Text => doc.getText(docNames.text(section));
export const agreementFields = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(docNames.fields);

/** Yjs keeps a map's array values by reference: never share one with the caller. */
const copied = <T>(value: T): T => (Array.isArray(value) ? ([...value] as T) : value);

/**
 * A document from what the server stored (snapshot first, then updates in id order), applied one by
 * one in a single transaction: with 10,000 stored updates that is ~40× faster than applying
 * `Y.mergeUpdates` of them once (`npm run bench:agreement`).
 */
export function docFromStored(stored: Uint8Array[], origin?: unknown): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    for (const update of stored) Y.applyUpdate(doc, update);
  }, origin);
  return doc;
}

/** A new document holding `agreement`. Only the server calls this, once per draft. */
export function createAgreementDoc(agreement: Agreement): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    for (const section of textSectionIds) agreementText(doc, section).insert(0, agreement.text[section]);
    const fields = agreementFields(doc);
    for (const key of fieldKeys) fields.set(key, copied(agreement.fields[key]));
  });
  return doc;
}

/** The seeded draft as one update, for the server to store as the document's first. */
export function seedDocUpdate(agreement: Agreement): Uint8Array {
  const doc = createAgreementDoc(agreement);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

/** What a document holds, before checking: text sections as strings, fields as whatever was set. */
export type AgreementContent = { text: Record<TextSectionId, string>; fields: Record<FieldKey, unknown> };

export type FieldError = { field: string; message: string };
export type SectionErrors = Partial<Record<SectionId, FieldError[]>>;

export type ReadAgreement = { content: AgreementContent } & ({ valid: true; agreement: Agreement } | { valid: false; errors: SectionErrors });

/** The section a schema issue belongs to, from its path (["text", section] or ["fields", key]). */
function sectionOf(path: readonly PropertyKey[]): { section: SectionId; field: string } {
  const [part, key] = path;
  if (part === "text" && textSectionIds.includes(key as TextSectionId)) return { section: key as TextSectionId, field: "text" };
  if (part === "fields" && fieldKeys.includes(key as FieldKey)) return { section: fieldSection[key as FieldKey], field: key as FieldKey };
  return { section: sectionIds[0], field: path.map(String).join(".") };
}

/** Reads a document back into the agreement and checks it; errors are grouped by section. */
export function readAgreementDoc(doc: Y.Doc): ReadAgreement {
  // Read through getText/getMap: doc.toJSON() leaves out types this Y.Doc has not accessed yet.
  const text = Object.fromEntries(textSectionIds.map((section) => [section, agreementText(doc, section).toString()])) as Record<TextSectionId, string>;
  const map = agreementFields(doc);
  const fields = Object.fromEntries(fieldKeys.map((key) => [key, copied(map.get(key))])) as Record<FieldKey, unknown>;
  const content: AgreementContent = { text, fields };

  const result = zAgreement.safeParse(content);
  if (result.success) return { content, valid: true, agreement: result.data };
  const errors: SectionErrors = {};
  for (const issue of result.error.issues) {
    const { section, field } = sectionOf(issue.path);
    (errors[section] ??= []).push({ field, message: issue.message });
  }
  return { content, valid: false, errors };
}
