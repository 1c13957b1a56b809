"use client";

import { MailCheck } from "lucide-react";
import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import { fieldErrorOf } from "@/components/forms/error-message";
import { focusFirstInvalid, formErrorOf } from "@/components/forms/field-errors";
import { useAction } from "@/components/forms/use-action";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { requestPasswordReset } from "./actions";
import { OutcomePanel } from "./outcome-panel";

/** "Forgot your password?": asks for the email and always answers the same way. */
export function RequestResetForm() {
  const request = useAction(requestPasswordReset);
  const [email, setEmail] = useState("");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [failedSubmits, setFailedSubmits] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const emailId = useId();

  const formError = formErrorOf(request.error, ["email"]);
  const emailError = fieldErrorOf(request.error, "email") ?? undefined;

  useEffect(() => {
    if (failedSubmits) focusFirstInvalid(formRef.current);
  }, [failedSubmits]);

  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    try {
      await request.mutateAsync({ email });
      setSentTo(email.trim().toLowerCase());
    } catch {
      setFailedSubmits((n) => n + 1);
    }
  };

  if (sentTo) {
    return (
      <OutcomePanel title="Check your inbox" icon={MailCheck}>
        <p>
          If there&apos;s an account for <strong className="font-semibold break-all">{sentTo}</strong>, we&apos;ve sent a link. It lasts 1
          hour.
        </p>
        <p className="text-base text-muted">
          It can take a few minutes to arrive, and sometimes lands in a spam or junk folder. Using the link signs you out everywhere
          else.
        </p>
        <div className="flex flex-col gap-3 pt-2 min-[420px]:flex-row">
          <ButtonLink href="/signin">Go to sign in</ButtonLink>
          <Button
            variant="secondary"
            onClick={() => {
              request.reset();
              setSentTo(null);
              // The form is back after this render; put the member in the email field.
              requestAnimationFrame(() => {
                const field = document.getElementById(emailId);
                if (field instanceof HTMLInputElement) {
                  field.focus();
                  field.select();
                }
              });
            }}
          >
            Use a different email
          </Button>
        </div>
      </OutcomePanel>
    );
  }

  const pending = request.isPending;

  return (
    <>
      <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Reset your password</h1>
      <p className="mt-3 text-lg text-muted">
        Enter the email you use for Tandem and we&apos;ll send you a link to choose a new password.
      </p>

      <form ref={formRef} onSubmit={onSubmit} noValidate className="mt-8 space-y-6">
        <TextField
          id={emailId}
          label="Email"
          type="email"
          autoComplete="email"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          required
          error={emailError}
          name="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />

        {formError ? (
          <Alert tone="attention" role="alert">
            {formError}
          </Alert>
        ) : null}

        <Button type="submit" size="lg" disabled={pending} className="w-full sm:w-auto">
          {pending ? "Sending…" : "Send reset link"}
        </Button>
      </form>

      <p className="mt-8">
        Remembered it?{" "}
        <Link href="/signin" className="font-medium text-primary-text underline underline-offset-4">
          Sign in
        </Link>
      </p>
    </>
  );
}
