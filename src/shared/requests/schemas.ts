/** Request inputs, shared by the forms and the procedures. */
import { z } from "zod";
import { zId } from "@/shared/ids";
import { zPlainText } from "@/shared/text/plain-text";
import { noteMaxLength } from "./limits";

export { noteMaxLength };

export const zSendRequestInput = z.object({
  recipientId: zId("member"),
  note: zPlainText()
    .trim()
    .max(noteMaxLength, `Keep your note to ${noteMaxLength} characters or fewer.`)
    .optional()
    .transform((note) => (note ? note : null)),
});
export type SendRequestInput = z.input<typeof zSendRequestInput>;

export const zRequestIdInput = z.object({ requestId: zId("request") });
