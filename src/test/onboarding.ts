import type { StepFormValues } from "@/server/onboarding/schemas";

/** A complete, valid set of answers for every step, to build on in tests. */
export const sampleAnswers = {
  about: { displayName: "Robin", pronouns: "they/them", intro: "Rebuilding after a move.", languages: ["en", "es"], focusAreas: ["LONELINESS", "LIFE_TRANSITION"], goals: ["Call a friend weekly"] },
  commitment: { seriousness: 4, hoursPerWeek: 3, checkInFrequency: "WEEKLY", intendedLength: "THREE_MONTHS", reliability: 4 },
  schedule: { timezone: "Asia/Kolkata", availability: [18 * 2 + 0, 18 * 2 + 1, 48 + 36, 48 + 37], channels: ["VIDEO", "TEXT"] },
  values: {
    values: ["HONESTY", "PATIENCE"],
    beliefs: { loneliness_signal: 5, setbacks_progress: 4, asking_for_help: 5, small_steps: 5, honesty_over_comfort: 3 },
    needsSobrietyFriendlyPartner: false,
    sobrietyFriendly: true,
  },
  communication: { feedbackStyle: 4, missedCheckInResponse: "NUDGE", disclosurePace: 2, replyTime: "WITHIN_24H", relationshipStyle: "PEER" },
  boundaries: { offLimitTopics: "My ex", partnerPreferences: null, mustShareLanguage: true },
} satisfies StepFormValues;
