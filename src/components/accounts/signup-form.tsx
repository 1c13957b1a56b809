"use client";

import { MailCheck } from "lucide-react";
import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { fieldErrorsOf, focusFirstInvalid, formErrorOf } from "@/components/forms/field-errors";
import { useAction } from "@/components/forms/use-action";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { FieldError, FieldHint, TextField } from "@/components/ui/field";
import { signUp as signUpAction } from "./actions";
import { NewPasswordFields } from "./new-password-fields";
import { OutcomePanel } from "./outcome-panel";
import { DEFAULT_TIME_ZONE, TimezoneField } from "./timezone-field";

const fields = ["email", "displayName", "password", "confirmPassword", "timezone", "ageConfirmed"] as const;

export function SignUpForm() {
  const signUp = useAction(signUpAction);
  const [email, setEmail] = useState("");
  const [displayName, setDisplayName] = useState("");
  const [timezone, setTimezone] = useState(DEFAULT_TIME_ZONE);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [failedSubmits, setFailedSubmits] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  const errors = fieldErrorsOf(signUp.error, fields);
  const formError = formErrorOf(signUp.error, fields);

  useEffect(() => {
    if (failedSubmits) focusFirstInvalid(formRef.current);
  }, [failedSubmits]);

  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (name: string) => String(data.get(name) ?? "");
    try {
      await signUp.mutateAsync({
        email,
        displayName,
        password: value("password"),
        confirmPassword: value("confirmPassword"),
        timezone,
        // The procedure accepts only a ticked box, and says so by the box when it isn't.
        ageConfirmed: (data.get("ageConfirmed") === "on") as true,
      });
      setSentTo(email.trim().toLowerCase());
    } catch {
      setFailedSubmits((n) => n + 1);
    }
  };

  if (sentTo) {
    return (
      <OutcomePanel title="Check your inbox" icon={MailCheck}>
        <p>
          If <strong className="font-semibold break-all">{sentTo}</strong> can be used for a new account, we&apos;ve sent it a link to
          confirm your email. The link lasts 24 hours.
        </p>
        <p className="text-base text-muted">
          It can take a few minutes to arrive, and sometimes lands in a spam or junk folder. You can sign in while you wait.
        </p>
        <div className="pt-2">
          <ButtonLink href="/signin">Go to sign in</ButtonLink>
        </div>
      </OutcomePanel>
    );
  }

  return (
    <>
      <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Create your account</h1>
      <p className="mt-3 text-lg text-muted">
        It takes a minute. You can tell us more about yourself afterwards, at your own pace.
      </p>
      <p className="mt-2">
        Already have an account?{" "}
        <Link href="/signin" className="font-medium text-primary-text underline underline-offset-4">
          Sign in
        </Link>
      </p>

      <form ref={formRef} id="signup-form" onSubmit={onSubmit} noValidate className="mt-8 space-y-6">
        <ErrorSummary formId="signup-form" attempt={failedSubmits} />
        <TextField
          label="Email"
          type="email"
          autoComplete="email"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          required
          hint="We'll never show your email to other members."
          error={errors.email}
          name="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />

        <TextField
          label="What should we call you?"
          autoComplete="nickname"
          required
          hint="Other members will see this name. A first name or a nickname is fine."
          error={errors.displayName}
          name="displayName"
          value={displayName}
          onChange={(event) => setDisplayName(event.target.value)}
        />

        <NewPasswordFields userInputs={[email, displayName]} passwordError={errors.password} confirmError={errors.confirmPassword} />

        <TimezoneField deviceZone="default" value={timezone} onChange={setTimezone} error={errors.timezone} />

        <AgeCheckbox error={errors.ageConfirmed} />

        <div className="rounded-2xl bg-surface-2 p-5">
          <h2 className="font-semibold">What happens next</h2>
          <p className="mt-1 text-muted">
            We&apos;ll email you a link to confirm your address. Then you can tell us a little about yourself, at your own pace. No
            one is matched with you until you choose to be, and we&apos;ll never show your email to other members.
          </p>
        </div>

        {formError ? (
          <Alert tone="attention" role="alert">
            {formError}
          </Alert>
        ) : null}

        <Button type="submit" size="lg" disabled={signUp.isPending} className="w-full sm:w-auto">
          {signUp.isPending ? "Creating your account…" : "Create account"}
        </Button>
      </form>
    </>
  );
}

function AgeCheckbox({ error }: { error?: string }) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="space-y-1.5">
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={[hintId, error ? errorId : null].filter(Boolean).join(" ")}
          className="mt-0.5 size-6 shrink-0 cursor-pointer rounded accent-primary focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-focus"
          name="ageConfirmed"
        />
        <div>
          <label htmlFor={id} className="cursor-pointer font-medium">
            I am 18 or older
          </label>
          <FieldHint id={hintId}>Tandem is for adults.</FieldHint>
        </div>
      </div>
      {error ? <FieldError id={errorId}>{error}</FieldError> : null}
    </div>
  );
}
