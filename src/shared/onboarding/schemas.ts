/** One zod schema per questionnaire step, shared by each step's form and the procedure. */
import { z } from "zod";
import { zDisplayName, zTimeZone } from "@/shared/accounts/schemas";
import { zPlainText } from "@/shared/text/plain-text";
import {
  beliefStatements,
  channels,
  checkInFrequencies,
  focusAreas,
  intendedLengths,
  languages,
  maxValues,
  missedCheckInResponses,
  relationshipStyles,
  replyTimes,
  values,
  valuesOf,
} from "./questionnaire";
import { sobrietyAnswersAgree, sobrietyMismatchMessage } from "./sobriety";

const likert = (what: string) =>
  z.number({ error: `Choose how ${what} fits, from 1 to 5.` }).int().min(1, "Choose a number from 1 to 5.").max(5, "Choose a number from 1 to 5.");

const pick = <T extends string>(list: readonly { value: T; label: string }[], message: string) => z.enum(valuesOf(list), { error: message });

function distinct<T>(items: T[]): boolean {
  return new Set(items).size === items.length;
}

const optionalText = (max: number, what: string) =>
  zPlainText()
    .trim()
    .max(max, `Keep ${what} to ${max} characters or fewer.`)
    .transform((text) => (text === "" ? null : text))
    .nullable()
    .optional()
    .transform((text) => text ?? null);

export const zAboutStep = z.object({
  displayName: zDisplayName,
  pronouns: optionalText(40, "your pronouns"),
  intro: optionalText(500, "your intro"),
  languages: z
    .array(pick(languages, "Choose languages from the list."))
    .min(1, "Choose at least one language you're comfortable in.")
    .max(10, "Choose up to 10 languages.")
    .refine(distinct, "Each language once, please."),
  focusAreas: z
    .array(pick(focusAreas, "Choose from the list."))
    .min(1, "Choose at least one thing you'd like support with.")
    .max(focusAreas.length)
    .refine(distinct, "Each area once, please."),
  // A goal left blank is simply not kept (its row may have no Remove button, as the only one): an
  // error never asks for a removal the form can't make. At least one written goal is needed.
  goals: z
    .array(zPlainText().trim().max(120, "Keep each goal to 120 characters or fewer."))
    .max(3, "Up to 3 goals, please.")
    .refine((goals) => goals.some((goal) => goal !== ""), "Add at least one goal.")
    .transform((goals) => goals.filter((goal) => goal !== "")),
});

export const zCommitmentStep = z.object({
  seriousness: likert("committed you feel"),
  hoursPerWeek: z.number({ error: "How many hours a week could you give this?" }).int().min(1, "At least 1 hour a week.").max(40, "At most 40 hours a week."),
  checkInFrequency: pick(checkInFrequencies, "Choose how often you'd like to check in."),
  intendedLength: pick(intendedLengths, "Choose how long you'd like this to last."),
  reliability: likert("reliably you follow through"),
});

export const zAvailability = z
  .array(z.number().int().min(0, "That time is outside the week.").max(335, "That time is outside the week."))
  .min(1, "Choose at least one time that usually works for you.")
  .max(336)
  .refine(distinct, "Each time once, please.")
  .transform((slots) => [...slots].sort((a, b) => a - b));

export const zScheduleStep = z.object({
  timezone: zTimeZone,
  availability: zAvailability,
  channels: z
    .array(pick(channels, "Choose from the list."))
    .min(1, "Choose at least one way to check in.")
    .max(channels.length)
    .refine(distinct, "Each way once, please."),
});

export const zBeliefs = z.object(Object.fromEntries(beliefStatements.map((s) => [s.id, likert("this statement")])) as Record<(typeof beliefStatements)[number]["id"], ReturnType<typeof likert>>);

export const zValuesStep = z
  .object({
    values: z
      .array(pick(values, "Choose values from the list."))
      .min(1, "Choose at least one value that matters to you.")
      .max(maxValues, `Choose up to ${maxValues} values.`)
      .refine(distinct, "Each value once, please."),
    beliefs: zBeliefs,
    needsSobrietyFriendlyPartner: z.boolean({ error: "Let us know whether you need a sobriety-friendly partner." }),
    sobrietyFriendly: z.boolean({ error: "Let us know whether you are sobriety-friendly." }),
  })
  .refine(sobrietyAnswersAgree, {
    path: ["sobrietyFriendly"],
    message: sobrietyMismatchMessage,
    // Checked as soon as both answers are there, even while a belief is still unanswered.
    when: ({ value }) => {
      const v = value as { values?: unknown; sobrietyFriendly?: unknown } | null;
      return typeof v === "object" && v !== null && Array.isArray(v.values) && typeof v.sobrietyFriendly === "boolean";
    },
  });

export const zCommunicationStep = z.object({
  feedbackStyle: likert("direct or gentle you like feedback"),
  missedCheckInResponse: pick(missedCheckInResponses, "Choose what a partner should do after a missed check-in."),
  disclosurePace: likert("quickly you like to open up"),
  replyTime: pick(replyTimes, "Choose when you'd usually expect a reply."),
  relationshipStyle: pick(relationshipStyles, "Choose the kind of partnership you'd like."),
});

export const zBoundariesStep = z.object({
  offLimitTopics: optionalText(500, "off-limit topics"),
  partnerPreferences: optionalText(500, "your preferences"),
  mustShareLanguage: z.boolean(),
});

export const stepSchemas = {
  about: zAboutStep,
  commitment: zCommitmentStep,
  schedule: zScheduleStep,
  values: zValuesStep,
  communication: zCommunicationStep,
  boundaries: zBoundariesStep,
} as const;

export type StepAnswers = { -readonly [K in keyof typeof stepSchemas]: z.output<(typeof stepSchemas)[K]> };
export type StepFormValues = { -readonly [K in keyof typeof stepSchemas]: z.input<(typeof stepSchemas)[K]> };

export const zSaveStepInput = z.discriminatedUnion("step", [
  z.object({ step: z.literal("about"), answers: zAboutStep }),
  z.object({ step: z.literal("commitment"), answers: zCommitmentStep }),
  z.object({ step: z.literal("schedule"), answers: zScheduleStep }),
  z.object({ step: z.literal("values"), answers: zValuesStep }),
  z.object({ step: z.literal("communication"), answers: zCommunicationStep }),
  z.object({ step: z.literal("boundaries"), answers: zBoundariesStep }),
]);
export type SaveStepInput = z.output<typeof zSaveStepInput>;
export type SaveStepRequest = z.input<typeof zSaveStepInput>;

export const zFinishInput = z.object({ openToMatching: z.boolean({ error: "Choose whether to be open to matching." }) });
export const zOpenToMatchingInput = z.object({ open: z.boolean() });

export const zProfileUpdate = z.object({
  displayName: zDisplayName,
  pronouns: zAboutStep.shape.pronouns,
  intro: zAboutStep.shape.intro,
  timezone: zTimeZone,
  languages: zAboutStep.shape.languages,
});
export type ProfileUpdate = z.output<typeof zProfileUpdate>;
