/**
 * What a check-in asks, read from the agreement version in force: its questions (the `questions`
 * section, one per line) and each partner's commitments (lines starting with a bullet in their
 * goals section). Pure; a version whose content can't be read gives no questions or commitments.
 */
import { maxCommitments, type PartnerSlot } from "@/shared/agreement/sections";

/** Questions beyond this many aren't asked (the section's 1,500 characters rarely hold more). */
export const maxQuestions = 12;

const bullet = /^\s*[-•*+]\s*/;

function textOf(content: unknown, section: string): string {
  if (typeof content !== "object" || content === null) return "";
  const text = (content as { text?: unknown }).text;
  if (typeof text !== "object" || text === null) return "";
  const value = (text as Record<string, unknown>)[section];
  return typeof value === "string" ? value : "";
}

/** Each non-empty line of the questions section, without a leading bullet. */
export function questionsOf(content: unknown): string[] {
  return textOf(content, "questions")
    .split("\n")
    .map((line) => line.replace(bullet, "").trim())
    .filter((line) => line !== "")
    .slice(0, maxQuestions);
}

/** The bullet lines of a partner's goals section, without the bullet. */
export function commitmentsOf(content: unknown, slot: PartnerSlot): string[] {
  return textOf(content, slot === "a" ? "goalsA" : "goalsB")
    .split("\n")
    .filter((line) => bullet.test(line) && line.replace(bullet, "").trim() !== "")
    .map((line) => line.replace(bullet, "").trim())
    .slice(0, maxCommitments);
}
