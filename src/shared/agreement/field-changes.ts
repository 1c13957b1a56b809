/**
 * Structured fields are last-writer-wins, so a partner's edit can replace a value the member set.
 * This reports each field the other side changed, so the editor can say so ("Sam changed the time
 * from 18:00 to 19:00") instead of the value changing silently.
 */
import type * as Y from "yjs";
import { agreementFields } from "./doc";
import { fieldKeys, type FieldKey } from "./fields";

export type FieldChange = { key: FieldKey; before: unknown; after: unknown };

const isFieldKey = (key: string): key is FieldKey => (fieldKeys as readonly string[]).includes(key);

/** Calls `onChange` after each update from elsewhere that changed fields; returns the unsubscribe. */
export function watchPartnerFieldChanges(doc: Y.Doc, onChange: (changes: FieldChange[]) => void): () => void {
  const fields = agreementFields(doc);
  const observe = (event: Y.YMapEvent<unknown>, transaction: Y.Transaction) => {
    if (transaction.local) return;
    const changes: FieldChange[] = [];
    for (const [key, change] of event.keys) {
      if (isFieldKey(key)) changes.push({ key, before: change.oldValue, after: fields.get(key) });
    }
    if (changes.length > 0) onChange(changes);
  };
  fields.observe(observe);
  return () => fields.unobserve(observe);
}
