/**
 * Realistic agreement edits for the benchmarks: one member typing into a section the way the
 * editor sends it — a burst of a few words per update, backspaces, now and then a phrase selected
 * and retyped — each burst one Yjs transaction, so each update is what the browser would push.
 */
import * as Y from "yjs";
import { agreementText } from "@/shared/agreement/doc";
import { textSectionIds, type TextSectionId } from "@/shared/agreement/sections";

const words = "we agree to check in every week and say honestly how it went even when the week was hard or nothing moved if one of us misses a call the other sends a short kind note".split(" ");
/** Sections stay near their real size: past this many characters the typist trims before adding more. */
const sectionCap = 1400;

export type Typist = { doc: Y.Doc; burst: () => Uint8Array };

/** A typist on `doc` (already holding the draft) whose choices come from `random`, so runs repeat. */
export function typist(doc: Y.Doc, random: () => number): Typist {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  let section: TextSectionId = pick(textSectionIds);
  const carets = new Map<TextSectionId, number>();

  const typed = () => {
    let out = "";
    const length = between(3, 16);
    while (out.length < length) out += `${pick(words)} `;
    return out.slice(0, length);
  };

  const edit = (text: Y.Text) => {
    const length = text.length;
    let caret = Math.min(carets.get(section) ?? length, length);
    const roll = random();
    if (length > sectionCap || (roll < 0.1 && length > 40)) {
      // Select a phrase and retype it.
      const span = Math.min(length, between(8, length > sectionCap ? 120 : 40));
      caret = between(0, length - span);
      text.delete(caret, span);
      const replacement = typed();
      text.insert(caret, replacement);
      caret += replacement.length;
    } else if (roll < 0.25 && caret > 0) {
      const back = Math.min(caret, between(1, 6));
      text.delete(caret - back, back);
      caret -= back;
    } else {
      const typing = typed();
      text.insert(caret, typing);
      caret += typing.length;
    }
    carets.set(section, caret);
  };

  return {
    doc,
    burst() {
      if (random() < 0.05) section = pick(textSectionIds);
      const captured: Uint8Array[] = [];
      const capture = (update: Uint8Array) => captured.push(update);
      doc.on("update", capture);
      doc.transact(() => edit(agreementText(doc, section)));
      doc.off("update", capture);
      const [update] = captured;
      if (!update) throw new Error("The burst changed nothing.");
      return update;
    },
  };
}
