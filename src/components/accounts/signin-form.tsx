"use client";

import { Eye, EyeOff } from "lucide-react";
import Link from "next/link";
import { useActionState, useEffect, useRef, useState } from "react";
import { useFormStatus } from "react-dom";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { initialSignInState, type SignInProblem, type SignInState } from "./signin-state";

const linkClass = "font-medium text-primary-text underline underline-offset-4";

/** What went wrong, in words, with the next step. Never says whether an email is registered. */
function ProblemMessage({ problem }: { problem: SignInProblem }) {
  switch (problem) {
    case "invalid":
      return (
        <p>
          That email and password don&apos;t match. Try again or <Link href="/reset">reset your password</Link>.
        </p>
      );
    case "rate_limited":
      return (
        <p>
          Too many attempts. Please wait 15 minutes and try again, or <Link href="/reset">reset your password</Link>.
        </p>
      );
    case "suspended":
      return (
        <p>
          Your account has been suspended by Tandem&apos;s moderators, so you can&apos;t sign in. If you think this is a mistake,
          or you need support, <Link href="/help">visit help and support</Link>.
        </p>
      );
    default:
      return <p>We couldn&apos;t sign you in just now. Please try again in a moment.</p>;
  }
}

export type SignInFormProps = {
  /** The server action that signs in (app/signin/actions.ts). */
  action: (previous: SignInState, formData: FormData) => Promise<SignInState>;
  /** A same-site path to return to after signing in. */
  callbackUrl: string;
  /** A problem reported in the address (`?error=`), e.g. after next-auth redirected here. */
  notice?: SignInProblem | null;
};

export function SignInForm({ action, callbackUrl, notice = null }: SignInFormProps) {
  const [state, formAction] = useActionState(action, initialSignInState);
  const [shown, setShown] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  // After each attempt, move focus to what needs attention: the first field with an error, or the message.
  useEffect(() => {
    if (state.attempt === 0) return;
    if (state.fieldErrors.email) emailRef.current?.focus();
    else if (state.fieldErrors.password) passwordRef.current?.focus();
    else if (state.problem) alertRef.current?.focus();
  }, [state]);

  const problem = state.attempt === 0 ? notice : state.problem;

  return (
    <form action={formAction} noValidate className="mt-8 space-y-6">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />

      {problem ? (
        <Alert
          key={state.attempt}
          ref={alertRef}
          tabIndex={-1}
          tone="attention"
          role="alert"
          className="focus:outline-none focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-focus"
        >
          <ProblemMessage problem={problem} />
        </Alert>
      ) : null}

      <TextField
        ref={emailRef}
        // Remount with what was typed, so a failed attempt keeps the email.
        key={`email-${state.attempt}`}
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        inputMode="email"
        autoCapitalize="none"
        spellCheck={false}
        required
        defaultValue={state.email}
        error={state.fieldErrors.email}
      />

      <div className="space-y-2">
        <TextField
          ref={passwordRef}
          key={`password-${state.attempt}`}
          id="signin-password"
          label="Password"
          name="password"
          type={shown ? "text" : "password"}
          autoComplete="current-password"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          required
          error={state.fieldErrors.password}
        />
        <div className="flex flex-wrap items-center justify-between gap-x-4">
          <Button
            variant="quiet"
            size="sm"
            aria-pressed={shown}
            aria-controls="signin-password"
            onClick={() => setShown((s) => !s)}
            className="-ml-3"
          >
            {shown ? <EyeOff aria-hidden="true" /> : <Eye aria-hidden="true" />}
            Show password
          </Button>
          <Link href="/reset" className={`inline-flex min-h-11 items-center ${linkClass}`}>
            Forgot your password?
          </Link>
        </div>
      </div>

      <SubmitButton />

      <p>
        New to Tandem?{" "}
        <Link href="/signup" className={linkClass}>
          Create an account
        </Link>
      </p>
    </form>
  );
}

function SubmitButton() {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" size="lg" disabled={pending} className="w-full sm:w-auto">
      {pending ? "Signing in…" : "Sign in"}
    </Button>
  );
}
