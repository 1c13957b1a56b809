/** The sign-in form's state, shared by the form and its server action (app/signin/actions.ts). */
export type SignInProblem = "invalid" | "rate_limited" | "suspended" | "unavailable";

export type SignInState = {
  /** Counts submissions that came back, so a repeated message is announced (and focused) again. */
  attempt: number;
  /** What the member typed, so a failed attempt doesn't make them type their email again. */
  email: string;
  problem: SignInProblem | null;
  fieldErrors: { email?: string; password?: string };
};

export const initialSignInState: SignInState = { attempt: 0, email: "", problem: null, fieldErrors: {} };

/** The problem a refused sign-in's code names (src/server/auth/config.ts); anything unknown reads as "invalid". */
export function credentialsProblem(code: string | undefined): SignInProblem {
  return code === "rate_limited" || code === "suspended" ? code : "invalid";
}

/** Reads next-auth's `?error=…&code=…` (it redirects here when a sign-in fails outside the form). */
export function problemFromAddress(error: string | undefined, code: string | undefined): SignInProblem | null {
  if (!error) return null;
  if (error === "CredentialsSignin") return credentialsProblem(code);
  return "unavailable";
}
