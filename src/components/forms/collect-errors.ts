/** One entry of an error summary: the message and the id of the control it is about. */
export type SummaryItem = { fieldId: string; message: string };

const tidy = (text: string | null | undefined) => (text ?? "").replace(/\s+/g, " ").trim();

/**
 * The errors a form shows now, in reading order, each with the control to focus: a message marked
 * `data-field-error` (the questionnaire's groups, which name their control in `data-focus`), or a
 * control marked aria-invalid (the Field primitives) with the message its aria-describedby names.
 * A message reached both ways is listed once.
 */
export function collectErrors(root: ParentNode | null): SummaryItem[] {
  if (!root) return [];
  const items: SummaryItem[] = [];
  const seenMessages = new Set<string>();
  const seenFields = new Set<string>();
  const doc = (root as Node).ownerDocument ?? (root as Document);
  for (const el of root.querySelectorAll<HTMLElement>("[data-field-error], [aria-invalid='true']")) {
    if (el.hasAttribute("data-field-error")) {
      const fieldId = el.dataset.focus;
      const message = tidy(el.textContent);
      if (!fieldId || !message || seenMessages.has(el.id)) continue;
      if (el.id) seenMessages.add(el.id);
      seenFields.add(fieldId);
      items.push({ fieldId, message });
      continue;
    }
    if (!el.id || seenFields.has(el.id)) continue;
    const errorIds = (el.getAttribute("aria-describedby") ?? "").split(/\s+/).filter((id) => id.endsWith("-error"));
    if (errorIds.some((id) => seenMessages.has(id))) continue;
    const message = tidy(errorIds.map((id) => doc.getElementById(id)?.textContent).join(" "));
    if (!message) continue;
    errorIds.forEach((id) => seenMessages.add(id));
    seenFields.add(el.id);
    items.push({ fieldId: el.id, message });
  }
  return items;
}
