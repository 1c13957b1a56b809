import { z } from "zod";
import { zId } from "@/shared/ids";
import { controlCharacterMessage, isPlainText } from "@/shared/text/plain-text";

/** One update's largest size in bytes: a burst of typing or a pasted section is far below it. */
export const maxUpdateBytes = 64 * 1024;
const maxUpdateBase64 = Math.ceil(maxUpdateBytes / 3) * 4;

export const zAgreementInput = z.object({ partnershipId: zId("partnership") });

export const zPushInput = z.object({
  partnershipId: zId("partnership"),
  update: z
    .string({ error: "Send the change as base64." })
    .min(4, "That change is empty.")
    .max(maxUpdateBase64, "That change is too large to save at once. Try a smaller edit.")
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, "That change could not be read."),
});

/** One awareness update's largest size: a browser's state is its partner slot and a section id. */
export const maxPresenceBytes = 1024;

export const zPresenceInput = z.object({
  partnershipId: zId("partnership"),
  state: z
    .string()
    .min(4)
    .max(Math.ceil(maxPresenceBytes / 3) * 4)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, "That presence update could not be read."),
});

export const zUpdatesInput = z.object({
  partnershipId: zId("partnership"),
  /** The last update id the browser holds (tRPC fills it in when it reconnects). */
  lastEventId: z.string().max(19, "That update id is not valid.").regex(/^\d+$/, "That update id is not valid.").nullish(),
});

/** The canonical JSON of the document as the proposer's editor reads it (a full agreement is far below this). */
export const maxSeenLength = 64 * 1024;

export const zProposeInput = z.object({
  partnershipId: zId("partnership"),
  seen: z.string({ error: "Send the agreement as you see it." }).min(2, "Send the agreement as you see it.").max(maxSeenLength, "That agreement is too large to propose."),
});

const zVersionId = zId("agreement version");

export const zSignInput = z.object({
  partnershipId: zId("partnership"),
  versionId: zVersionId,
  hash: z.string({ error: "Say which version you are signing." }).regex(/^[0-9a-f]{64}$/, "That version fingerprint is not valid."),
});

export const zRequestChangesInput = z.object({
  partnershipId: zId("partnership"),
  versionId: zVersionId,
  comment: z
    .string({ error: "Say what you'd like to change." })
    .trim()
    .min(1, "Say what you'd like to change, even in a few words.")
    .max(1000, "Keep your note to 1000 characters or fewer.")
    .refine((text) => isPlainText(text), controlCharacterMessage),
});

export const zWithdrawProposalInput = z.object({ partnershipId: zId("partnership"), versionId: zVersionId });

/** The highest version number a request may name: far beyond what two partners will ever sign. */
export const maxVersionNumber = 10_000;

export const zVersionNumber = z
  .number({ error: "Say which version you mean, by its number." })
  .int("A version number is a whole number.")
  .min(1, "Version numbers start at 1.")
  .max(maxVersionNumber, "There's no version with that number.");

export const zVersionInput = z.object({ partnershipId: zId("partnership"), number: zVersionNumber });
