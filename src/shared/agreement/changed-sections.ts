/** Which sections differ between two readings of an agreement, to tell members what changed. */
import { canonicalJson } from "./canonical";
import { fieldKeys, fieldSection } from "./fields";
import { sectionIds, textSectionIds, type SectionId } from "./sections";

export type LooseAgreement = { text: Record<string, unknown>; fields: Record<string, unknown> };

export function changedSections(before: LooseAgreement, after: LooseAgreement): SectionId[] {
  const changed = new Set<SectionId>();
  for (const id of textSectionIds) if (before.text[id] !== after.text[id]) changed.add(id);
  for (const key of fieldKeys) if (canonicalJson(before.fields[key]) !== canonicalJson(after.fields[key])) changed.add(fieldSection[key]);
  return sectionIds.filter((id) => changed.has(id));
}
