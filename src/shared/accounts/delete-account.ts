/** The delete-account form's input, shared by the form and the procedure. */
import { z } from "zod";
import { passwordLength } from "./password-rules";

export const zDeleteAccountInput = z.object({
  password: z.string().min(1, "Enter your password.").max(passwordLength.max, "That password is too long."),
  confirm: z.literal(true, "Tick the box to confirm you want your account deleted."),
});
export type DeleteAccountInput = z.input<typeof zDeleteAccountInput>;
