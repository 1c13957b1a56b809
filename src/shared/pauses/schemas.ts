import { z } from "zod";
import { zId } from "@/shared/ids";
import { zPlainText } from "@/shared/text/plain-text";
import { pauseTextMax } from "./rules";

const zDay = (message: string) => z.string({ error: message }).regex(/^\d{4}-\d{2}-\d{2}$/, message);
const zOptionalText = (what: string) =>
  zPlainText()
    .max(pauseTextMax, `Keep ${what} to ${pauseTextMax} characters.`)
    .transform((text) => text.trim() || null)
    .optional();

const partnershipId = zId("partnership");
const pauseId = zId("pause");
const dates = {
  start: z.union([z.literal("now"), zDay("Choose the day your pause begins.")]),
  resumesOn: zDay("Choose the day your partnership picks up again."),
};

export const zPartnershipPausesInput = z.object({ partnershipId });

export const zRequestPauseInput = z.object({
  partnershipId,
  ...dates,
  /** Private: only its author ever sees it. */
  reason: zOptionalText("your reason"),
  message: zOptionalText("your message"),
});

export const zAnswerPauseInput = z.object({ partnershipId, pauseId, answer: z.enum(["ACCEPT", "DECLINE"]) });

export const zProposePauseDatesInput = z.object({ partnershipId, pauseId, ...dates, message: zOptionalText("your message") });

export const zPauseIdInput = z.object({ partnershipId, pauseId });

export const zExtendPauseInput = z.object({ partnershipId, pauseId, resumesOn: dates.resumesOn, message: zOptionalText("your message") });

export type RequestPauseInput = z.infer<typeof zRequestPauseInput>;
export type ProposePauseDatesInput = z.infer<typeof zProposePauseDatesInput>;
export type ExtendPauseInput = z.infer<typeof zExtendPauseInput>;
