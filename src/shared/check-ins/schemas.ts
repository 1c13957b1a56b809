/**
 * What the check-in procedures accept, shared by the server and the form (so the form's messages
 * are the server's). Member text follows the one plain-text rule; every list and number is bounded.
 */
import { z } from "zod";
import { maxCommitments } from "@/shared/agreement/sections";
import { channels } from "@/shared/agreement/fields";
import { zId } from "@/shared/ids";
import { valuesOf } from "@/shared/onboarding/questionnaire";
import { zPlainText } from "@/shared/text/plain-text";
import { maxQuestions } from "./agreement-parts";
import { checkInLimits } from "./limits";

export { checkInLimits };

const zPartnershipId = zId("partnership");
const zCheckInId = zId("check-in");

const zMoment = (what: string) => z.date({ error: `Choose when ${what}.` }).refine((d) => !Number.isNaN(d.getTime()), `Choose when ${what}.`);

const zScale = (what: string) =>
  z
    .number({ error: `Choose how your ${what} was, from 1 to 5.` })
    .int(`Choose how your ${what} was, from 1 to 5.`)
    .min(1, `Choose how your ${what} was, from 1 to 5.`)
    .max(5, `Choose how your ${what} was, from 1 to 5.`);

const zText = (max: number) => zPlainText().max(max, `Keep this to ${max.toLocaleString("en-GB")} characters or fewer.`);

export const zListCheckInsInput = z.object({ partnershipId: zPartnershipId });

export const zGetCheckInInput = z.object({ partnershipId: zPartnershipId, checkInId: zCheckInId });

export const zLogCheckInInput = z.object({
  partnershipId: zPartnershipId,
  /** The planned start of the occurrence, exactly as `list` gave it. */
  occurrenceStart: zMoment("the check-in was planned"),
  happenedAt: zMoment("the check-in happened"),
  durationMinutes: z
    .number({ error: "Say how long it lasted, in minutes." })
    .int("Say how long it lasted, in whole minutes.")
    .min(checkInLimits.durationMinutes.min, `At least ${checkInLimits.durationMinutes.min} minutes.`)
    .max(checkInLimits.durationMinutes.max, `At most ${checkInLimits.durationMinutes.max} minutes (4 hours).`),
  channel: z.enum(valuesOf(channels), { error: "Choose how you checked in." }),
});

export const zQuestionAnswer = z.object({
  text: zText(checkInLimits.answer),
  private: z.boolean({ error: "Say whether this answer is private." }),
});

export const zAnswerCheckInInput = z.object({
  partnershipId: zPartnershipId,
  checkInId: zCheckInId,
  /** One per agreement question, in order; an empty text skips it. */
  answers: z.array(zQuestionAnswer, { error: "The answers couldn't be read. Reload the page and try again." }).max(maxQuestions),
  mood: zScale("mood"),
  energy: zScale("energy"),
  moodPrivate: z.boolean(),
  win: zText(checkInLimits.win),
  winPrivate: z.boolean(),
  nextCommitment: zText(checkInLimits.nextCommitment),
  nextCommitmentPrivate: z.boolean(),
  /** Indices of the member's own commitments they did. */
  commitmentsDone: z
    .array(z.number().int().min(0).max(maxCommitments - 1), { error: "Tick the commitments you did." })
    .max(maxCommitments)
    .refine((list) => new Set(list).size === list.length, "Tick each commitment once."),
});

export type LogCheckInInput = z.infer<typeof zLogCheckInInput>;
export type AnswerCheckInInput = z.infer<typeof zAnswerCheckInInput>;

export const zCheckInProgressInput = z.object({ partnershipId: zPartnershipId });
