/**
 * Reasons a match was suggested: 2–4 plain, true, specific sentences written to A about B,
 * strongest first. Only what the two have in common or what complements; never a shortfall.
 */
import { beliefStatements } from "@/shared/onboarding/questionnaire";
import { localDay, localMinuteOfDay } from "./local-time";
import { runQuarter, type Run } from "./overlap";
import type { AnswerProfile, LocalTime } from "./types";
import { sharedOf } from "./values";
import { dayPartWords, duration, focusWords, frequencyCheckIns, hoursText, joinAnd, missedWords, partWords, replyWords, valueWords } from "@/shared/matching/score-words";
import { reasonWeights as w } from "./weights";

export type ReasonInput = {
  a: AnswerProfile;
  b: AnswerProfile;
  /** The shared time, and A's local minute of the week for each UTC quarter. */
  runs: readonly Run[];
  localA: Uint16Array;
  /** Schedule fit for the pair, 0..1. */
  schedule: number;
  /** The first suggested slot in A's local time. */
  firstSlot: LocalTime;
};

type Reason = { strength: number; text: string };

/** Part of the day by local hour: 0 night (22–05), 1 morning (05–12), 2 afternoon (12–17), 3 evening (17–22). */
const partByHour = Array.from({ length: 24 }, (_, hour) => (hour >= 22 || hour < 5 ? 0 : hour < 12 ? 1 : hour < 17 ? 2 : 3));

/** " on weekend mornings" / ", mostly on weekday evenings" / ", mostly in the evenings" / ", at different times of day". */
function whereText(runs: readonly Run[], localA: Uint16Array): string {
  const counts = [0, 0, 0, 0, 0, 0, 0, 0]; // weekend * 4 + part of day
  let total = 0;
  for (const run of runs) {
    for (let k = 0; k < run.length; k++) {
      const minute = localA[runQuarter(run, k)]!;
      counts[(localDay(minute) < 5 ? 0 : 4) + partByHour[(localMinuteOfDay(minute) / 60) | 0]!]!++;
    }
    total += run.length;
  }
  let best = 0;
  for (let i = 1; i < 8; i++) if (counts[i]! > counts[best]!) best = i;
  const comboWords = dayPartWords[best >> 2 === 0 ? 0 : 1][(best & 3) as 0 | 1 | 2 | 3];
  if (counts[best] === total) return ` ${comboWords}`;
  if (counts[best]! >= w.bucketShare * total) return `, mostly ${comboWords}`;
  let topPart = 0;
  for (let part = 1; part < 4; part++) if (counts[part]! + counts[part + 4]! > counts[topPart]! + counts[topPart + 4]!) topPart = part;
  if (counts[topPart]! + counts[topPart + 4]! >= w.bucketShare * total) return `, mostly ${partWords[topPart as 0 | 1 | 2 | 3]}`;
  return ", at different times of day";
}

function commitmentReason(a: AnswerProfile, b: AnswerProfile): Reason | null {
  const sameSeriousness = a.seriousness === b.seriousness;
  const low = Math.min(a.hoursPerWeek, b.hoursPerWeek);
  const high = Math.max(a.hoursPerWeek, b.hoursPerWeek);
  const hours = low === high ? hoursText(low) : `${low}–${high} hours`;
  const closeHours = low / high >= w.hoursCloseRatio;
  const serious = a.seriousness === 5 ? "You're both fully committed" : "You're equally serious about this";
  if (sameSeriousness && closeHours) return { strength: w.commitmentFull, text: `${serious} and each have about ${hours} a week.` };
  if (sameSeriousness) return { strength: w.commitmentSeriousness, text: `${serious}.` };
  if (closeHours) return { strength: w.commitmentSeriousness, text: `You each have about ${hours} a week for this.` };
  return null;
}

function styleReason(a: AnswerProfile, b: AnswerProfile): string | null {
  if (a.feedbackStyle === b.feedbackStyle) {
    const style = a.feedbackStyle <= 2 ? "direct feedback" : a.feedbackStyle >= 4 ? "feedback given gently" : "feedback balanced between direct and gentle";
    return `You both like ${style}.`;
  }
  if (a.missedCheckInResponse === b.missedCheckInResponse) return `If a check-in doesn't happen, you'd both like ${missedWords[a.missedCheckInResponse]}.`;
  if (a.replyTime === b.replyTime) return `You both expect replies ${replyWords[a.replyTime]}.`;
  return null;
}

const lengthSentence = {
  TRIAL_4_WEEKS: "You'd both like to start with a 4-week trial.",
  THREE_MONTHS: "You both have about three months in mind.",
  OPEN_ENDED: "You're both happy to keep going for as long as it helps.",
};

export function buildReasons({ a, b, runs, localA, schedule, firstSlot }: ReasonInput): string[] {
  const name = b.displayName;
  const candidates: Reason[] = [];
  const add = (strength: number, text: string | null) => {
    if (text) candidates.push({ strength, text });
  };

  const sameFrequency = a.checkInFrequency === b.checkInFrequency;
  const minutes = runs.reduce((sum, run) => sum + run.length * 15, 0);
  const overlap = `overlap ${duration(minutes)} a week${whereText(runs, localA)}`;
  add(
    w.rhythmBase + (sameFrequency ? w.rhythmSameFrequency : 0) + w.rhythmSchedule * schedule,
    sameFrequency ? `You and ${name} both want ${frequencyCheckIns[a.checkInFrequency]} and ${overlap}.` : `You and ${name} ${overlap}.`,
  );

  const values = sharedOf(a.values, b.values);
  if (values.length > 0) add(w.valuesBase + w.valuesPerShared * values.length, `You share ${joinAnd(values.map((v) => valueWords[v]))}.`);

  const pair = `${a.relationshipStyle}/${b.relationshipStyle}`;
  if (pair === "MENTOR_ME/MENTOR_OTHERS") add(w.mentorship, `You're hoping for some guidance and ${name} would like to guide someone.`);
  if (pair === "MENTOR_OTHERS/MENTOR_ME") add(w.mentorship, `You'd like to guide someone and ${name} is hoping for some guidance.`);
  if (pair === "PEER/PEER") add(w.peers, "You both want two peers supporting each other.");

  const focus = sharedOf(a.focusAreas, b.focusAreas);
  if (focus.length > 0) add(w.focus, `You're both focused on ${joinAnd(focus.map((f) => focusWords[f]))}.`);

  const commitment = commitmentReason(a, b);
  if (commitment) add(commitment.strength, commitment.text);

  const belief = beliefStatements.reduce<{ text: string; agree: number } | null>((best, s) => {
    const agree = Math.min(a.beliefs[s.id], b.beliefs[s.id]);
    return agree >= 4 && agree > (best?.agree ?? 0) ? { text: s.text, agree } : best;
  }, null);
  if (belief) add(w.belief, `You both believe ${belief.text.charAt(0).toLowerCase()}${belief.text.slice(1).replace(/\.$/, "")}.`);

  add(w.sameStyle, styleReason(a, b));
  if (a.intendedLength === b.intendedLength) add(w.length, lengthSentence[a.intendedLength]);
  add(w.slot, `${firstSlot.weekday}s at ${firstSlot.time} your time could work for you and ${name}.`);

  const sorted = candidates.sort((x, y) => y.strength - x.strength);
  const strong = sorted.filter((r) => r.strength >= w.minStrength).slice(0, w.max);
  const chosen = strong.length >= w.min ? strong : sorted.slice(0, w.min);
  return chosen.map((r) => r.text);
}
