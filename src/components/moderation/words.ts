import type { RouterOutputs } from "@/trpc/outputs";

type Report = RouterOutputs["moderation"]["report"];

export const subjectWords: Record<Report["subject"], string> = {
  PROFILE: "Their profile",
  REQUEST_NOTE: "A request note",
  PARTNERSHIP: "A partnership",
  AGREEMENT: "A partnership agreement",
  CHECK_IN_ANSWER: "A check-in answer",
};

export const statusWords: Record<Report["status"], string> = {
  OPEN: "Waiting for a decision",
  DISMISSED: "Dismissed",
  WARNED: "Member warned",
  SUSPENDED: "Member suspended",
};

export const actionWords: Record<Report["history"][number]["type"], string> = {
  DISMISS: "Dismissed a report",
  WARN: "Warned",
  SUSPEND: "Suspended",
  UNSUSPEND: "Lifted a suspension",
};

/** A moment for moderators: date and time in UTC, so every moderator reads the same. */
export function momentWords(date: Date): string {
  return `${new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(date)} UTC`;
}

/** "PAUSED" → "Paused", "AGREEMENT_IN_FORCE" → "Agreement in force". */
export function enumWords(value: string): string {
  const words = value.toLowerCase().replaceAll("_", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
