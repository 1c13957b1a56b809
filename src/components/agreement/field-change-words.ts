import type { FieldChange } from "@/shared/agreement/field-changes";
import { fieldLabels, fieldValueWords } from "@/shared/agreement/field-words";

export { fieldLabels };

/** "Sam changed “Time” to 19:00.": said when the partner's value replaces one on this screen. */
export function fieldChangeWords(partnerName: string, change: FieldChange): string {
  return `${partnerName} changed “${fieldLabels[change.key]}” to ${fieldValueWords(change.key, change.after)}.`;
}
