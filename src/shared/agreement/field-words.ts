/**
 * The structured fields in members' words: the labels the editor shows and each value as a member
 * reads it. Shared by the editor's notices and the exported document, so both say the same thing.
 */
import { channels, checkInFrequencies, reviewCadences, weekdays, type FieldKey } from "./fields";

export const fieldLabels: Record<FieldKey, string> = {
  frequency: "How often",
  weekdays: "Which days",
  time: "Time",
  timezone: "Timezone",
  durationMinutes: "Minutes each time",
  channel: "How",
  maxPauseWeeks: "Longest pause, in weeks",
  pauseAlone: "Either of us may pause alone",
  reviewCadence: "How often we look back",
  trialReview: "A first review after 4 weeks",
};

const choices: Partial<Record<FieldKey, readonly { value: string; label: string }[]>> = {
  frequency: checkInFrequencies,
  channel: channels,
  reviewCadence: reviewCadences,
  weekdays,
};

/** "In person", "Monday, Thursday", "yes": a value as the member chose it; anything unreadable as itself or "nothing". */
export function fieldValueWords(key: FieldKey, value: unknown): string {
  const label = (v: unknown) => choices[key]?.find((c) => c.value === v)?.label ?? String(v);
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (Array.isArray(value)) return value.length > 0 ? value.map(label).join(", ") : "no days";
  if (value === null || value === undefined || value === "") return "nothing";
  return label(value);
}
