"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { zSignInInput } from "@/shared/accounts/schemas";
import { credentialsProblem, type SignInState } from "@/components/accounts/signin-state";
import { signIn } from "@/server/auth/config";
import { signInReturnPath } from "./return-path";

/**
 * Signs in with email and password. On success next-auth throws a redirect to the return path,
 * which must propagate; failures come back as a problem code that never says whether the email
 * is registered.
 */
export async function signInAction(previous: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get("email") ?? "").trim();
  const password = String(formData.get("password") ?? "");
  const redirectTo = signInReturnPath(formData.get("callbackUrl"));
  const attempt = previous.attempt + 1;

  const fieldErrors: SignInState["fieldErrors"] = {};
  if (!email) fieldErrors.email = "Enter your email address.";
  else if (!zSignInInput.shape.email.safeParse(email).success) fieldErrors.email = "Enter an email address like name@example.com.";
  if (!password) fieldErrors.password = "Enter your password.";
  if (fieldErrors.email || fieldErrors.password) return { attempt, email, problem: null, fieldErrors };

  try {
    await signIn("credentials", { email, password, redirectTo });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      return { attempt, email, problem: credentialsProblem(error.code), fieldErrors: {} };
    }
    if (error instanceof AuthError) return { attempt, email, problem: "unavailable", fieldErrors: {} };
    // Anything else, including the success redirect (NEXT_REDIRECT), goes on to Next.js.
    throw error;
  }
  return { attempt, email, problem: null, fieldErrors: {} };
}
