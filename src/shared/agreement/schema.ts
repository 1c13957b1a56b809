/**
 * One schema of the agreement, shared by the editor (messages beside each section) and the server
 * (checks before storing or signing). It never transforms: what the document holds is what passes.
 */
import { z } from "zod";
import { isValidTimeZone } from "@/shared/accounts/schemas";
import { valuesOf } from "@/shared/onboarding/questionnaire";
import { controlCharacterMessage, isPlainText } from "@/shared/text/plain-text";
import { channels, checkInFrequencies, limits, reviewCadences, weekdays, type FieldKey } from "./fields";
import { maxCommitments, textSectionIds, textSections, type TextSectionId } from "./sections";

const commitmentLine = /^\s*[-•*]\s*\S/;
const countCommitments = (text: string) => text.split("\n").filter((line) => commitmentLine.test(line)).length;

function sectionText(id: TextSectionId) {
  const { maxLength, required } = textSections[id];
  let text = z
    .string({ error: "This section couldn't be read. Reload the page and try again." })
    .max(maxLength, `Keep this section to ${maxLength} characters or fewer.`)
    .refine((value) => isPlainText(value), controlCharacterMessage);
  if (required) text = text.refine((value) => value.trim() !== "", "Write a few words here, even just how you'll decide later.");
  if (id === "goalsA" || id === "goalsB") {
    text = text.refine((value) => countCommitments(value) <= maxCommitments, `Up to ${maxCommitments} commitments each, please: one line starting with "-" for each.`);
  }
  return text;
}

const zText = z.object(Object.fromEntries(textSectionIds.map((id) => [id, sectionText(id)])) as Record<TextSectionId, ReturnType<typeof sectionText>>);

const whole = (unit: "minute" | "week", { min, max }: { min: number; max: number }) => {
  const count = (n: number) => `${n} ${unit}${n === 1 ? "" : "s"}`;
  return z
    .number({ error: `Choose a number of ${unit}s.` })
    .int(`Choose a whole number of ${unit}s.`)
    .min(min, `At least ${count(min)}.`)
    .max(max, `At most ${count(max)}.`);
};

const weekdayCount: Record<(typeof checkInFrequencies)[number]["value"], { min: number; max: number; message: string }> = {
  DAILY: { min: 7, max: 7, message: "Every day means all seven days." },
  SEVERAL_A_WEEK: { min: 2, max: 6, message: "For a few times a week, choose 2 to 6 days." },
  WEEKLY: { min: 1, max: 1, message: "For once a week, choose one day." },
  FORTNIGHTLY: { min: 1, max: 1, message: "For every two weeks, choose one day." },
};

const zFields = z
  .object({
    frequency: z.enum(valuesOf(checkInFrequencies), { error: "Choose how often you'll check in." }),
    weekdays: z
      .array(z.enum(valuesOf(weekdays), { error: "Choose days from the list." }), { error: "Choose the day or days you'll check in." })
      .min(1, "Choose at least one day.")
      .max(7, "A week has seven days.")
      .refine((days) => new Set(days).size === days.length, "Each day once, please."),
    time: z
      .string({ error: "Choose a time, like 18:30." })
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Choose a time between 00:00 and 23:59, like 18:30."),
    timezone: z
      .string({ error: "Choose a timezone from the list." })
      .max(64, "Choose a timezone from the list.")
      .refine((zone) => zone.trim() === zone && isValidTimeZone(zone), "Choose a timezone from the list."),
    durationMinutes: whole("minute", limits.durationMinutes),
    channel: z.enum(valuesOf(channels), { error: "Choose how you'll check in." }),
    maxPauseWeeks: whole("week", limits.maxPauseWeeks),
    pauseAlone: z.boolean({ error: "Say whether one of you may pause alone." }),
    reviewCadence: z.enum(valuesOf(reviewCadences), { error: "Choose how often you'll look back together." }),
    trialReview: z.boolean({ error: "Say whether you'd like a review after 4 weeks." }),
  })
  .superRefine((fields, ctx) => {
    const count = weekdayCount[fields.frequency];
    // The days' own checks speak for an empty, repeated or unreadable list; this one only for the count.
    const days = Array.isArray(fields.weekdays) ? fields.weekdays : [];
    if (days.length === 0 || new Set(days).size !== days.length) return;
    if (count && (days.length < count.min || days.length > count.max)) {
      ctx.addIssue({ code: "custom", path: ["weekdays"] satisfies FieldKey[], message: count.message });
    }
  });

export const zAgreement = z.object({ text: zText, fields: zFields });
export type Agreement = z.output<typeof zAgreement>;
export type AgreementFields = Agreement["fields"];
