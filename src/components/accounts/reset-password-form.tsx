"use client";

import { KeyRound } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { fieldErrorOf } from "@/components/forms/error-message";
import { focusFirstInvalid, formErrorOf } from "@/components/forms/field-errors";
import { useAction } from "@/components/forms/use-action";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { resetPassword } from "./actions";
import { useFocusOnMount } from "./focus-on-mount";
import { readLinkError } from "./link-errors";
import { NewPasswordFields } from "./new-password-fields";
import { OutcomePanel } from "./outcome-panel";

const fields = ["password", "confirmPassword"] as const;

/** "Choose a new password" from an emailed reset link. */
export function ResetPasswordForm({ token }: { token: string }) {
  const reset = useAction(resetPassword);
  const [linkError, setLinkError] = useState<string | null>(null);
  const [failedSubmits, setFailedSubmits] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const focusAlert = useFocusOnMount<HTMLDivElement>();

  const formError = formErrorOf(reset.error, fields);

  useEffect(() => {
    if (failedSubmits) focusFirstInvalid(formRef.current);
  }, [failedSubmits]);

  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (name: string) => String(data.get(name) ?? "");
    try {
      await reset.mutateAsync({ token, password: value("password"), confirmPassword: value("confirmPassword") });
    } catch (error) {
      // A link that's expired, used or cut off can't be fixed here: say so instead of showing the form.
      const read = readLinkError(error);
      if (read.linkProblem) setLinkError(read.message);
      else setFailedSubmits((n) => n + 1);
    }
  };

  if (reset.isSuccess) {
    return (
      <OutcomePanel title="Your password is changed" icon={KeyRound}>
        <p>You&apos;ve been signed out everywhere else, so only someone with the new password can get in. Sign in with it whenever you&apos;re ready.</p>
        <div className="pt-2">
          <ButtonLink href="/signin">Go to sign in</ButtonLink>
        </div>
      </OutcomePanel>
    );
  }

  if (linkError) {
    return (
      <>
        <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Choose a new password</h1>
        <Alert ref={focusAlert} tabIndex={-1} tone="attention" role="alert" className="mt-6 focus:outline-none">
          <p>{linkError}</p>
          <p>Your password hasn&apos;t changed. A new link lasts 1 hour.</p>
        </Alert>
        <div className="mt-8">
          <ButtonLink href="/reset">Ask for a new link</ButtonLink>
        </div>
      </>
    );
  }

  const pending = reset.isPending;

  return (
    <>
      <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Choose a new password</h1>
      <p className="mt-3 text-lg text-muted">Saving a new password signs you out on every other device.</p>

      <form ref={formRef} onSubmit={onSubmit} noValidate className="mt-8 space-y-6">
        <NewPasswordFields passwordError={fieldErrorOf(reset.error, "password") ?? undefined} confirmError={fieldErrorOf(reset.error, "confirmPassword") ?? undefined} />

        {formError ? (
          <Alert tone="attention" role="alert">
            {formError}
          </Alert>
        ) : null}

        <Button type="submit" size="lg" disabled={pending} className="w-full sm:w-auto">
          {pending ? "Saving…" : "Save new password"}
        </Button>
      </form>
    </>
  );
}
