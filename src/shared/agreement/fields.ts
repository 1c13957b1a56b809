/**
 * The agreement's structured fields: their choices in members' words, their limits, and the
 * section each is shown in. Frequency and channel reuse the questionnaire's choices.
 */
import { channels, checkInFrequencies } from "@/shared/onboarding/questionnaire";
import type { SectionId } from "./sections";

export { channels, checkInFrequencies };

/** RFC 5545 weekday codes, Monday first, so a recurrence rule can be built from them as they are. */
export const weekdays = [
  { value: "MO", label: "Monday" },
  { value: "TU", label: "Tuesday" },
  { value: "WE", label: "Wednesday" },
  { value: "TH", label: "Thursday" },
  { value: "FR", label: "Friday" },
  { value: "SA", label: "Saturday" },
  { value: "SU", label: "Sunday" },
] as const;
export type Weekday = (typeof weekdays)[number]["value"];

export const reviewCadences = [
  { value: "QUARTERLY", label: "Every 3 months", weeks: 13 },
  { value: "EVERY_6_WEEKS", label: "Every 6 weeks", weeks: 6 },
] as const;

export const limits = {
  durationMinutes: { min: 10, max: 180 },
  maxPauseWeeks: { min: 1, max: 12 },
} as const;

export const fieldKeys = [
  "frequency",
  "weekdays",
  "time",
  "timezone",
  "durationMinutes",
  "channel",
  "maxPauseWeeks",
  "pauseAlone",
  "reviewCadence",
  "trialReview",
] as const;
export type FieldKey = (typeof fieldKeys)[number];

export const fieldSection: Record<FieldKey, SectionId> = {
  frequency: "rhythm",
  weekdays: "rhythm",
  time: "rhythm",
  timezone: "rhythm",
  durationMinutes: "rhythm",
  channel: "rhythm",
  maxPauseWeeks: "pause",
  pauseAlone: "pause",
  reviewCadence: "review",
  trialReview: "review",
};
