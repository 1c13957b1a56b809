/**
 * The first draft of an agreement, written from both members' questionnaires and the scorer's
 * suggested check-in time, so nobody starts from a blank page. Pure and deterministic: the same
 * answers always give the same draft. Partner "a" and "b" come in `orderPartners` order.
 */
import type { StepAnswers } from "@/shared/onboarding/schemas";
import { channels, checkInFrequencies, weekdays, type Weekday } from "./fields";
import type { Agreement } from "./schema";
import type { PartnerNames } from "./sections";
import { boundariesText, communicationText, defaultQuestions, endingText, goalsText, missedCheckInsText, pauseText, conflictText } from "./prefill-words";

export type PrefillMember = {
  displayName: string;
  timezone: string;
  answers: {
    about: Pick<StepAnswers["about"], "goals">;
    commitment: Pick<StepAnswers["commitment"], "checkInFrequency" | "intendedLength">;
    schedule: Pick<StepAnswers["schedule"], "channels">;
    communication: Pick<StepAnswers["communication"], "feedbackStyle" | "missedCheckInResponse" | "replyTime">;
    boundaries: Pick<StepAnswers["boundaries"], "offLimitTopics">;
  };
};

/** A suggested start in each member's local time, as the scorer gives it (weekday "Monday", time "18:00"). */
export type PrefillSlot = { a: { weekday: string; time: string }; b: { weekday: string; time: string } };

type Frequency = StepAnswers["commitment"]["checkInFrequency"];

/** The gentler of the two rhythms: nobody is asked to check in more often than they offered. */
function sharedFrequency(a: Frequency, b: Frequency): Frequency {
  const order = checkInFrequencies.map((f) => f.value);
  return order[Math.max(order.indexOf(a), order.indexOf(b))]!;
}

const durationFor: Record<Frequency, number> = { DAILY: 15, SEVERAL_A_WEEK: 20, WEEKLY: 30, FORTNIGHTLY: 45 };

const weekdayCode = (name: string): Weekday | undefined => weekdays.find((d) => d.label === name)?.value;

/** Days and time from the suggested slots (in partner a's zone), shaped to fit the frequency. */
function rhythmDays(frequency: Frequency, slots: readonly PrefillSlot[]): { weekdays: Weekday[]; time: string } {
  const time = slots[0]?.a.time ?? "18:00";
  const all = weekdays.map((d) => d.value);
  if (frequency === "DAILY") return { weekdays: all, time };
  const days = [...new Set(slots.filter((s) => s.a.time === time).map((s) => weekdayCode(s.a.weekday)))].filter((d) => d !== undefined);
  const first = days[0] ?? "MO";
  if (frequency !== "SEVERAL_A_WEEK") return { weekdays: [first], time };
  if (days.length >= 2) return { weekdays: all.filter((d) => days.includes(d)), time };
  const second = all[(all.indexOf(first) + 3) % 7]!; // three days apart spreads two check-ins through the week
  return { weekdays: all.filter((d) => d === first || d === second), time };
}

/** The first channel (in the questionnaire's order) both chose; text chat when they share none. */
function sharedChannel(a: PrefillMember, b: PrefillMember) {
  return channels.map((c) => c.value).find((c) => a.answers.schedule.channels.includes(c) && b.answers.schedule.channels.includes(c)) ?? "TEXT";
}

export function prefillAgreement(a: PrefillMember, b: PrefillMember, slots: readonly PrefillSlot[]): Agreement {
  const names: PartnerNames = { a: a.displayName, b: b.displayName };
  const frequency = sharedFrequency(a.answers.commitment.checkInFrequency, b.answers.commitment.checkInFrequency);
  const { weekdays: days, time } = rhythmDays(frequency, slots);
  const trialReview = a.answers.commitment.intendedLength === "TRIAL_4_WEEKS" || b.answers.commitment.intendedLength === "TRIAL_4_WEEKS";
  return {
    text: {
      goalsA: goalsText(a.answers.about.goals, frequency, names.b),
      goalsB: goalsText(b.answers.about.goals, frequency, names.a),
      questions: defaultQuestions,
      communication: communicationText(names, a.answers.communication, b.answers.communication),
      boundariesA: boundariesText(a.answers.boundaries.offLimitTopics, names.b),
      boundariesB: boundariesText(b.answers.boundaries.offLimitTopics, names.a),
      missedCheckIns: missedCheckInsText(names, a.answers.communication.missedCheckInResponse, b.answers.communication.missedCheckInResponse),
      conflict: conflictText,
      pause: pauseText,
      ending: endingText,
    },
    fields: {
      frequency,
      weekdays: days,
      time,
      timezone: a.timezone,
      durationMinutes: durationFor[frequency],
      channel: sharedChannel(a, b),
      maxPauseWeeks: 4,
      pauseAlone: true,
      reviewCadence: "QUARTERLY",
      trialReview,
    },
  };
}
