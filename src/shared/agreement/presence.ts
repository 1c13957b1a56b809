/**
 * Who is editing which section ("Sam is editing …"), through Yjs awareness. Each browser says its
 * partner slot and section; names come from the page's own data, and a remote state is untrusted
 * input, so only a well-formed one is shown.
 */
import { Awareness } from "y-protocols/awareness";
import type * as Y from "yjs";
import { z } from "zod";
import { sectionIds, sectionTitles, type PartnerNames, type PartnerSlot, type SectionId } from "./sections";

const zPresence = z.object({ slot: z.enum(["a", "b"]), section: z.enum(sectionIds).nullable() });
export type Presence = z.output<typeof zPresence>;

/** This browser's awareness for the document, editing nothing yet. Destroy it with the page. */
export function createPresence(doc: Y.Doc, slot: PartnerSlot): Awareness {
  const awareness = new Awareness(doc);
  awareness.setLocalState({ slot, section: null } satisfies Presence);
  return awareness;
}

/** Call when a section's text area gains focus (the section) or loses it (null). */
export function setEditingSection(awareness: Awareness, section: SectionId | null): void {
  awareness.setLocalStateField("section", section);
}

/** The other browsers' sections being edited now, one entry per partner and section. */
export function othersEditing(awareness: Awareness): { slot: PartnerSlot; section: SectionId }[] {
  const seen = new Map<string, { slot: PartnerSlot; section: SectionId }>();
  for (const [clientId, state] of awareness.getStates()) {
    if (clientId === awareness.clientID) continue;
    const presence = zPresence.safeParse(state);
    if (presence.success && presence.data.section) {
      const { slot, section } = presence.data;
      seen.set(`${slot}:${section}`, { slot, section });
    }
  }
  return [...seen.values()];
}

export function presenceWords(names: PartnerNames, slot: PartnerSlot, section: SectionId): string {
  return `${names[slot]} is editing “${sectionTitles[section](names)}”`;
}
