/**
 * Answers in words, for the review page, settings and the dashboard. Pure: safe on the server
 * and in the browser.
 */
import { describeLocalSlots } from "@/shared/time/availability-summary";
import {
  beliefStatements,
  channels,
  checkInFrequencies,
  focusAreas,
  intendedLengths,
  labelOf,
  languages,
  missedCheckInResponses,
  relationshipStyles,
  replyTimes,
  scales,
  values,
} from "@/shared/onboarding/questionnaire";
import type { StepAnswers } from "@/shared/onboarding/schemas";

export type AnswerRow = { label: string; value: string | string[] };

/** "4 of 5 (closer to “Fully committed”)"; the ends read "5 of 5: Fully committed". */
export function scaleInWords(n: number, ends: readonly [string, string]): string {
  if (n <= 1) return `1 of 5: ${ends[0]}`;
  if (n >= 5) return `5 of 5: ${ends[1]}`;
  if (n === 3) return "3 of 5 (in between)";
  return `${n} of 5 (closer to “${n < 3 ? ends[0] : ends[1]}”)`;
}

const list = <T extends string>(options: readonly { value: T; label: string }[], chosen: readonly T[]) => chosen.map((v) => labelOf(options, v));
const yesNo = (b: boolean) => (b ? "Yes" : "No");
const hours = (n: number) => `${n} ${n === 1 ? "hour" : "hours"} a week`;

/** One row per answer of a step, in the order the step asks them. */
export function answerRows<K extends keyof StepAnswers>(step: K, answers: StepAnswers[K]): AnswerRow[] {
  switch (step) {
    case "about": {
      const a = answers as StepAnswers["about"];
      return [
        { label: "Display name", value: a.displayName },
        { label: "Pronouns", value: a.pronouns ?? "Not given" },
        { label: "Intro", value: a.intro ?? "Not written yet" },
        { label: "Languages", value: list(languages, a.languages) },
        { label: "What you'd like support with", value: list(focusAreas, a.focusAreas) },
        { label: a.goals.length === 1 ? "Your goal" : "Your goals", value: a.goals },
      ];
    }
    case "commitment": {
      const a = answers as StepAnswers["commitment"];
      return [
        { label: "How committed you feel", value: scaleInWords(a.seriousness, scales.seriousness) },
        { label: "Time you can give", value: hours(a.hoursPerWeek) },
        { label: "Check-ins", value: labelOf(checkInFrequencies, a.checkInFrequency) },
        { label: "How long", value: labelOf(intendedLengths, a.intendedLength) },
        { label: "How reliably you follow through", value: scaleInWords(a.reliability, scales.reliability) },
      ];
    }
    case "schedule": {
      const a = answers as StepAnswers["schedule"];
      const times = describeLocalSlots(a.availability);
      return [
        { label: "Timezone", value: a.timezone },
        { label: "Times that usually work", value: times.length > 0 ? times : "No times chosen yet" },
        { label: "Ways to check in", value: list(channels, a.channels) },
      ];
    }
    case "values": {
      const a = answers as StepAnswers["values"];
      return [
        { label: "Values that matter to you", value: list(values, a.values) },
        ...beliefStatements.map((s) => ({ label: `“${s.text}”`, value: scaleInWords(a.beliefs[s.id], scales.belief) })),
        { label: "Need a sobriety-friendly partner", value: yesNo(a.needsSobrietyFriendlyPartner) },
        { label: "You're sobriety-friendly", value: yesNo(a.sobrietyFriendly) },
      ];
    }
    case "communication": {
      const a = answers as StepAnswers["communication"];
      return [
        { label: "Feedback", value: scaleInWords(a.feedbackStyle, scales.feedbackStyle) },
        { label: "After a missed check-in", value: labelOf(missedCheckInResponses, a.missedCheckInResponse) },
        { label: "Opening up", value: scaleInWords(a.disclosurePace, scales.disclosurePace) },
        { label: "Replies", value: labelOf(replyTimes, a.replyTime) },
        { label: "Kind of partnership", value: labelOf(relationshipStyles, a.relationshipStyle) },
      ];
    }
    case "boundaries": {
      const a = answers as StepAnswers["boundaries"];
      return [
        { label: "Topics that are off-limits", value: a.offLimitTopics ?? "None given" },
        { label: "What you'd like in a partner", value: a.partnerPreferences ?? "None given" },
        { label: "Must share a language", value: yesNo(a.mustShareLanguage) },
      ];
    }
  }
  return [];
}

export { describeLocalSlots };
