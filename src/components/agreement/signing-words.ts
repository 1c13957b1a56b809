import { sectionTitles, type PartnerNames, type SectionId } from "@/shared/agreement/sections";
import type { RouterOutputs } from "@/trpc/outputs";

export type SigningView = RouterOutputs["agreement"]["signing"];

/** "A, B and C", as a sentence lists things. */
export function listWords(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

const sectionWords = (sections: SectionId[], names: PartnerNames) => listWords(sections.map((s) => `“${sectionTitles[s](names)}”`));

/** Where the agreement stands, in one plain sentence for this member ("Waiting for Sam to sign version 2."). */
export function signingStatusWords(view: SigningView, partnerName: string, names: PartnerNames): string {
  const byName = (by: "you" | "partner" | null, you = "You") => (by === "you" ? you : by === "partner" ? partnerName : "Someone");
  if (view.phase === "ENDED") return "This partnership has ended, so its agreement stays as it was.";
  if (view.proposal) {
    const n = view.proposal.number;
    if (view.proposal.proposedBy === "you") return `Waiting for ${partnerName} to sign version ${n}.`;
    return `${byName(view.proposal.proposedBy)} proposed version ${n} and signed it. It's waiting for your signature.`;
  }
  if (view.phase === "IN_FORCE" && view.inForce) return `Version ${view.inForce.number} is in force, signed by you both.`;
  const outcome = view.lastOutcome;
  if (outcome?.kind === "EDITED") {
    const what = outcome.sections.length > 0 ? sectionWords(outcome.sections, names) : "the agreement";
    return `${byName(outcome.by)} changed ${what} after version ${outcome.number} was proposed, so it needs proposing again.`;
  }
  if (outcome?.kind === "CHANGES_REQUESTED") return `${byName(outcome.by)} asked for changes to version ${outcome.number}. The draft is open to change again.`;
  if (outcome?.kind === "WITHDRAWN_BY_MEMBER") return `${byName(outcome.by)} withdrew version ${outcome.number}. The draft is open to change again.`;
  if (view.phase === "AMENDMENT_OPEN" && view.inForce) {
    return `You're writing a change to version ${view.inForce.number}. It stays in force until you've both signed the change.`;
  }
  return "Nothing is proposed yet. When the draft feels right to you, propose it: you sign it as you propose, and it's in force once both of you have signed.";
}
