/** Account inputs, shared by the forms and the procedures. */
import { z } from "zod";
import { zPlainText } from "@/shared/text/plain-text";
import { passwordLength } from "./password-rules";
import { isValidTimeZone } from "./time-zone";

export { isValidTimeZone };

/**
 * The strength estimator and its dictionaries weigh about 1.7 MB, so forms load it only when a
 * password is checked. Its refinements are async: parse these schemas with parseAsync.
 */
async function isStrong(password: string, userInputs: string[] = []): Promise<boolean> {
  const { passwordStrength } = await import("./password-strength");
  return passwordStrength(password, userInputs).acceptable;
}

export const zEmail = z
  .string()
  .trim()
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter an email address like name@example.com."))
  .transform((email) => email.toLowerCase());

export const zDisplayName = zPlainText().trim().min(1, "Tell us what to call you.").max(50, "Keep your name to 50 characters or fewer.");

export const zTimeZone = z.string().trim().max(64).refine(isValidTimeZone, "Choose a timezone from the list.");

/** A new password: long enough, not too long, and not easy to guess. */
export const zNewPassword = z
  .string()
  .min(passwordLength.min, `Use at least ${passwordLength.min} characters.`)
  .max(passwordLength.max, `Use at most ${passwordLength.max} characters.`)
  .refine((password) => isStrong(password), "That password is too easy to guess. Try a few unrelated words together.");

const zPasswordAttempt = z.string().min(1, "Enter your password.").max(passwordLength.max, "That password is too long.");
const zToken = z.string().trim().min(20, "This link is incomplete.").max(200, "This link is not valid.");

/** "Don't match" shows as soon as both passwords are typed, even while other fields still have errors. */
const confirmMatches = <T extends { confirmPassword: string }>(field: keyof T & string) =>
  [
    (input: T) => input[field] === input.confirmPassword,
    {
      message: "The two passwords don't match.",
      path: ["confirmPassword"],
      when: ({ value }: { value: unknown }) => {
        const input = value as Partial<Record<string, unknown>> | undefined;
        return typeof input?.[field] === "string" && typeof input?.confirmPassword === "string";
      },
    },
  ] as [(input: T) => boolean, { message: string; path: string[]; when: (payload: { value: unknown }) => boolean }];

/** Words a guesser would try first: the email, its parts, and the name. */
function personalWords(email: string, displayName: string): string[] {
  const local = email.split("@")[0] ?? "";
  return [email, local, ...local.split(/[^\p{L}\p{N}]+/u), displayName, ...displayName.split(/\s+/)].filter((word) => word.length >= 3);
}

export const zSignUpInput = z
  .object({
    email: zEmail,
    password: zNewPassword,
    confirmPassword: z.string().max(passwordLength.max),
    displayName: zDisplayName,
    timezone: zTimeZone,
    ageConfirmed: z.literal(true, "Tandem is for adults. Please confirm you are 18 or over."),
  })
  .refine(...confirmMatches<{ password: string; confirmPassword: string }>("password"))
  .refine((input) => isStrong(input.password, personalWords(input.email, input.displayName)), {
    message: "That password is too close to your name or email. Try a few unrelated words together.",
    path: ["password"],
  });
export type SignUpInput = z.input<typeof zSignUpInput>;

export const zSignInInput = z.object({ email: zEmail, password: zPasswordAttempt });
export type SignInInput = z.input<typeof zSignInInput>;

export const zVerifyEmailInput = z.object({ token: zToken });
export const zRequestResetInput = z.object({ email: zEmail });

export const zResetPasswordInput = z
  .object({ token: zToken, password: zNewPassword, confirmPassword: z.string().max(passwordLength.max) })
  .refine(...confirmMatches<{ password: string; confirmPassword: string }>("password"));
export type ResetPasswordInput = z.input<typeof zResetPasswordInput>;

export const zChangePasswordInput = z
  .object({ currentPassword: zPasswordAttempt, newPassword: zNewPassword, confirmPassword: z.string().max(passwordLength.max) })
  .refine(...confirmMatches<{ newPassword: string; confirmPassword: string }>("newPassword"));
export type ChangePasswordInput = z.input<typeof zChangePasswordInput>;
