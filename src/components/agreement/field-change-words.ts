import type { FieldChange } from "@/shared/agreement/field-changes";
import { channels, checkInFrequencies, reviewCadences, weekdays, type FieldKey } from "@/shared/agreement/fields";

/** The labels the editor shows for each field, so a notice names what the member sees. */
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

export function valueWords(key: FieldKey, value: unknown): string {
  const label = (v: unknown) => choices[key]?.find((c) => c.value === v)?.label ?? String(v);
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (Array.isArray(value)) return value.length > 0 ? value.map(label).join(", ") : "no days";
  if (value === null || value === undefined || value === "") return "nothing";
  return label(value);
}

/** "Sam changed “Time” to 19:00.": said when the partner's value replaces one on this screen. */
export function fieldChangeWords(partnerName: string, change: FieldChange): string {
  return `${partnerName} changed “${fieldLabels[change.key]}” to ${valueWords(change.key, change.after)}.`;
}
