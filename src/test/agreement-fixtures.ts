/**
 * Two contrasting members for agreement tests: Alex (London, weekly, gentle, wants a nudge, a
 * 4-week trial) and Sam (New York, a few times a week, direct, wants space, with off-limit topics).
 */
import { prefillAgreement, type PrefillMember, type PrefillSlot } from "@/shared/agreement/prefill";
import type { Agreement } from "@/shared/agreement/schema";

export const alex: PrefillMember = {
  displayName: "Alex",
  timezone: "Europe/London",
  answers: {
    about: { goals: ["Call my sister once a week", "Go to one meet-up a month"] },
    commitment: { checkInFrequency: "WEEKLY", intendedLength: "TRIAL_4_WEEKS" },
    schedule: { channels: ["VOICE", "TEXT"] },
    communication: { feedbackStyle: 5, missedCheckInResponse: "NUDGE", replyTime: "SAME_DAY" },
    boundaries: { offLimitTopics: null },
  },
};

export const sam: PrefillMember = {
  displayName: "Sam",
  timezone: "America/New_York",
  answers: {
    about: { goals: ["Stay sober on weekends", "Cook dinner at home three nights a week", "Text one friend every few days"] },
    commitment: { checkInFrequency: "SEVERAL_A_WEEK", intendedLength: "OPEN_ENDED" },
    schedule: { channels: ["VIDEO", "TEXT", "VOICE"] },
    communication: { feedbackStyle: 1, missedCheckInResponse: "SPACE", replyTime: "WITHIN_48H" },
    boundaries: { offLimitTopics: "My ex and my family" },
  },
};

/** The scorer's suggestion for them: Tuesday and Thursday at 18:00 in London (13:00 in New York). */
export const alexSamSlots: PrefillSlot[] = [
  { a: { weekday: "Tuesday", time: "18:00" }, b: { weekday: "Tuesday", time: "13:00" } },
  { a: { weekday: "Thursday", time: "18:00" }, b: { weekday: "Thursday", time: "13:00" } },
];

export const draftAgreement = (): Agreement => prefillAgreement(alex, sam, alexSamSlots);
