/**
 * The words a suggestion card uses: option labels, "You both value …", local times and
 * check-in slots. Pure, so they can be tested without rendering.
 */
import { dateFormat } from "@/shared/time/date-format";
import { joinAnd, slotChangeWords, valueWords } from "@/shared/matching/score-words";
import type { CheckInFrequency, FocusArea, PersonalValue, SlotChange } from "@/server/matching/scorer/types";
import { checkInFrequencies, focusAreas, labelOf, languages } from "@/shared/onboarding/questionnaire";

export const focusLabel = (area: FocusArea): string => labelOf(focusAreas, area);

/** A language code in words; an unknown code is shown as it is rather than dropped. */
export const languageLabel = (code: string): string => languages.find((o) => o.value === code)?.label ?? code;

/** "You both value honesty and patience.", or null when nothing is shared. */
export function sharedValuesSentence(shared: readonly PersonalValue[]): string | null {
  if (shared.length === 0) return null;
  return `You both value ${joinAnd(shared.map((v) => valueWords[v]))}.`;
}

function parts(now: Date, timeZone: string): { weekday: string; time: string } | null {
  // An unknown zone: better to say nothing than something wrong.
  const format = dateFormat({ timeZone, weekday: "long", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  if (!format) return null;
  const all = format.formatToParts(now);
  const get = (type: Intl.DateTimeFormatPartTypes) => all.find((p) => p.type === type)?.value ?? "";
  return { weekday: get("weekday"), time: `${get("hour")}:${get("minute")}` };
}

/**
 * "It's 19:40 for them", naming their day only when it differs from the viewer's
 * ("It's 03:10 on Tuesday for them"). Null when their timezone can't be read.
 */
export function theirTimeNow(now: Date, theirZone: string, viewerZone: string | null): string | null {
  const theirs = parts(now, theirZone);
  if (!theirs) return null;
  const mine = viewerZone ? parts(now, viewerZone) : null;
  const day = mine && mine.weekday !== theirs.weekday ? ` on ${theirs.weekday}` : "";
  return `It's ${theirs.time}${day} for them`;
}

type Slot = { a: { weekday: string; time: string }; b: { weekday: string; time: string }; laterForB?: readonly SlotChange[] };

/**
 * "Mondays 20:00 for you (14:30 for them)"; their day is named when it differs; "for you both" when
 * the same; a clock change ahead is said: "(12:00 for them; 13:00 for them from 28 March)".
 */
export function slotSentence(slot: Slot): string {
  const { a, b } = slot;
  const change = slotChangeWords(slot);
  if (a.weekday === b.weekday && a.time === b.time) return `${a.weekday}s ${a.time} for you both${change ? ` (${change})` : ""}`;
  const theirs = a.weekday === b.weekday ? b.time : `${b.weekday}s ${b.time}`;
  return `${a.weekday}s ${a.time} for you (${theirs} for them${change ? `; ${change}` : ""})`;
}

export const factorNames = {
  commitment: "Commitment",
  schedule: "Schedule",
  values: "Values",
  communication: "Communication",
} as const;

/**
 * A fit in words, never a number: scores stay inside Tandem (nobody sees a number about
 * themselves or anyone else), so a suggestion says "A strong fit" rather than "Fit: 87 out of 100".
 */
export function fitWords(total: number): string {
  if (total >= 80) return "A strong fit";
  if (total >= 65) return "A good fit";
  if (total >= 50) return "A fair fit";
  return "Some common ground";
}

/** One part of the fit in words: "Schedule: strong". */
export function factorWords(factor: keyof typeof factorNames, score: number): string {
  const level = score >= 80 ? "strong" : score >= 65 ? "good" : score >= 50 ? "fair" : "worth talking about";
  return `${factorNames[factor]}: ${level}`;
}

/** True when one of the reasons already names the values they share ("You share honesty."), so it isn't said twice. */
export const reasonsNameValues = (reasons: readonly string[]): boolean => reasons.some((reason) => reason.startsWith("You share "));

/** "Every day", "Once a week": a member's check-in rhythm, as the questionnaire put it. */
export const rhythmLabel = (rhythm: CheckInFrequency): string => labelOf(checkInFrequencies, rhythm);
