/**
 * Ending a partnership gracefully (PRODUCT.md §9), pure: what a member may choose, what their
 * partner is shown, when a planned ending completes, and how long the partner left behind is
 * suggested first. The browser uses the same schemas as the server.
 */
import { z } from "zod";
import { zId } from "@/shared/ids";
import { zPlainText } from "@/shared/text/plain-text";
import { maxClosingLength, maxReasonLength, maxReflectionLength } from "./limits";
import { closingTemplateIds, templateText } from "./templates";

export const endingTimings = ["NOW", "AFTER_FINAL_CHECK_IN"] as const;
export type EndingTiming = (typeof endingTimings)[number];

export { maxClosingLength, maxReasonLength, maxReflectionLength };

/** A planned ending completes this long after its final check-in's planned start, logged or not. */
export const finalCheckInGraceMs = 24 * 60 * 60 * 1000;
/** How long the partner who did not choose to end is shown first in others' suggestions. */
export const rematchPriorityDays = 30;

const zOptionalText = (max: number, what: string) =>
  zPlainText()
    .max(max, `Keep ${what} under ${max} characters.`)
    .transform((text) => text.trim())
    .transform((text) => (text === "" ? null : text))
    .nullish();

/** A closing message: one of the templates, the member's own words, or none. */
export const zClosing = z
  .discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("TEMPLATE"), templateId: z.enum(closingTemplateIds, { error: "Choose one of the messages shown." }) }),
    z.strictObject({
      kind: z.literal("OWN_WORDS"),
      text: zPlainText().max(maxClosingLength, `Keep your message under ${maxClosingLength} characters.`).trim().min(1, "Write a few words, or choose not to send a message."),
    }),
    z.strictObject({ kind: z.literal("NONE") }),
  ])
  .nullish()
  .transform((closing) => closing ?? { kind: "NONE" as const });
export type ClosingInput = z.input<typeof zClosing>;
export type Closing = z.output<typeof zClosing>;

export const zEndInput = z.strictObject({
  partnershipId: zId("partnership"),
  timing: z.enum(endingTimings, { error: "Choose to end now or after one last check-in." }),
  /** Seen only by the platform, never by the partner. */
  reason: zOptionalText(maxReasonLength, "your reason"),
  closing: zClosing,
  doNotRematch: z.boolean().default(true),
  quietly: z.boolean().default(false),
});
export type EndInput = z.input<typeof zEndInput>;
export type EndChoices = z.output<typeof zEndInput>;

export const zReflectInput = z.strictObject({
  partnershipId: zId("partnership"),
  text: zPlainText().max(maxReflectionLength, `Keep your reflection under ${maxReflectionLength} characters.`).trim(),
});

/** The columns a closing is stored in: a template's id or the member's own words, never both. */
export function closingColumns(closing: Closing): { closingTemplate: string | null; closingMessage: string | null } {
  if (closing.kind === "TEMPLATE") return { closingTemplate: closing.templateId, closingMessage: null };
  if (closing.kind === "OWN_WORDS") return { closingTemplate: null, closingMessage: closing.text };
  return { closingTemplate: null, closingMessage: null };
}

/** An ending as stored (the row's columns that matter to what each side sees). */
export type StoredEnding = {
  endedById: string | null;
  timing: EndingTiming;
  status: "SCHEDULED" | "DONE";
  closingTemplate: string | null;
  closingMessage: string | null;
  quietly: boolean;
  doNotRematch: boolean;
  finalCheckInAt: Date | null;
};

/** What one member sees of an ending. The reason is never part of it, for either of them. */
export type EndingView =
  | {
      side: "chose";
      timing: EndingTiming;
      status: "SCHEDULED" | "DONE";
      closingMessage: string | null;
      quietly: boolean;
      doNotRematch: boolean;
      finalCheckInAt: Date | null;
    }
  | { side: "partner"; quietly: false; status: "SCHEDULED" | "DONE"; finalCheckInAt: Date | null; closingMessage: string | null }
  | { side: "partner"; quietly: true; status: "SCHEDULED" | "DONE"; finalCheckInAt: Date | null; closingMessage: null };

/** The closing message's words, from its template or the member's own. */
export function closingText(ending: Pick<StoredEnding, "closingTemplate" | "closingMessage">): string | null {
  if (ending.closingTemplate) return templateText(ending.closingTemplate);
  return ending.closingMessage;
}

/**
 * What `viewerId` is shown: the member who chose sees what they chose; their partner sees the
 * closing message unless it ended quietly, when they see only that it ended (and when, for a
 * planned ending), with no message and no "by".
 */
export function endingFor(ending: StoredEnding, viewerId: string): EndingView {
  if (ending.endedById === viewerId) {
    const { timing, status, quietly, doNotRematch, finalCheckInAt } = ending;
    return { side: "chose", timing, status, closingMessage: closingText(ending), quietly, doNotRematch, finalCheckInAt };
  }
  if (ending.quietly) return { side: "partner", quietly: true, status: ending.status, finalCheckInAt: ending.finalCheckInAt, closingMessage: null };
  return { side: "partner", quietly: false, status: ending.status, finalCheckInAt: ending.finalCheckInAt, closingMessage: closingText(ending) };
}

/**
 * A scheduled ending completes once its final check-in was logged, or once that check-in's
 * planned start plus the grace period has passed (so an ending never waits on a check-in that
 * didn't happen).
 */
export function scheduledEndingDue(ending: { finalCheckInAt: Date }, { now, finalCheckInLogged }: { now: Date; finalCheckInLogged: boolean }): boolean {
  return finalCheckInLogged || ending.finalCheckInAt.getTime() + finalCheckInGraceMs <= now.getTime();
}

/** Until when the partner who did not choose to end is suggested first. */
export function rematchPriorityUntil(now: Date): Date {
  return new Date(now.getTime() + rematchPriorityDays * 24 * 60 * 60 * 1000);
}

/** Whether a member is still in their priority window. */
export function hasRematchPriority(until: Date | null, now: Date): boolean {
  return until !== null && until.getTime() > now.getTime();
}

/**
 * The lowest match score (0–100) at which a partner left behind is lifted to the top of someone's
 * suggestions: a fair fit. Below it they rank as anyone else would, so priority never pushes a
 * poor fit at somebody.
 */
export const priorityFloor = 60;

/** Whether a candidate who passed every hard filter is ranked ahead of the others. */
export function ranksFirst(candidate: { rematchPriority: boolean; total: number }): boolean {
  return candidate.rematchPriority && candidate.total >= priorityFloor;
}
