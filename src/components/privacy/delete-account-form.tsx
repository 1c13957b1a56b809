"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { fieldErrorsOf, focusFirstInvalid, formErrorOf } from "@/components/forms/field-errors";
import { useAction } from "@/components/forms/use-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, FieldError, FieldHint, Input } from "@/components/ui/field";
import { signOutAfterDeletion } from "@/components/accounts/sign-out-action";
import { deleteAccount } from "./actions";

const fields = ["password", "confirm"] as const;

/** Password and a confirming tick, then one quiet but clear button. Success signs this browser out. */
export function DeleteAccountForm({ email }: { email: string }) {
  const router = useRouter();
  const remove = useAction(deleteAccount);
  const [leaving, setLeaving] = useState(false);
  const [failedSubmits, setFailedSubmits] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const id = useId();
  const ids = { password: `${id}-password`, confirm: `${id}-confirm`, confirmError: `${id}-confirm-error`, confirmHint: `${id}-confirm-hint` };

  const errors = fieldErrorsOf(remove.error, fields);
  const formError = formErrorOf(remove.error, fields);

  // After a refused submit: the form's alert takes focus, or else the first field that says why.
  useEffect(() => {
    if (!failedSubmits) return;
    if (errorRef.current) errorRef.current.focus();
    else focusFirstInvalid(formRef.current);
  }, [failedSubmits]);

  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    try {
      // The procedure accepts only a ticked box, and says so by the box when it isn't.
      await remove.mutateAsync({ password: String(data.get("password") ?? ""), confirm: (data.get("confirm") === "on") as true });
    } catch {
      setFailedSubmits((n) => n + 1);
      return;
    }
    setLeaving(true);
    try {
      await signOutAfterDeletion();
    } catch {
      // The account is gone and the server already refuses this session: leave even if clearing the cookie failed.
      router.replace("/goodbye");
    }
  };

  const pending = remove.isPending || leaving;
  const confirmError = errors.confirm;

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-5">
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />

      {formError ? (
        <Alert ref={errorRef} tabIndex={-1} tone="attention" role="alert" className="focus:outline-none">
          <p>{formError}</p>
        </Alert>
      ) : null}

      <Field id={ids.password} label="Your password" hint="To make sure it's really you." error={errors.password}>
        {(p) => <Input type="password" autoComplete="current-password" autoCapitalize="none" spellCheck={false} {...p} name="password" />}
      </Field>

      <div className="space-y-1.5">
        <div className="flex items-start gap-3">
          <input
            id={ids.confirm}
            type="checkbox"
            aria-invalid={confirmError ? true : undefined}
            aria-describedby={[ids.confirmHint, confirmError ? ids.confirmError : null].filter(Boolean).join(" ")}
            className="mt-0.5 size-6 shrink-0 cursor-pointer rounded accent-primary focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-focus"
            name="confirm"
          />
          <div>
            <label htmlFor={ids.confirm} className="cursor-pointer font-medium">
              I understand my account can&apos;t be brought back
            </label>
            <FieldHint id={ids.confirmHint}>You can download your data first, above.</FieldHint>
          </div>
        </div>
        {confirmError ? <FieldError id={ids.confirmError}>{confirmError}</FieldError> : null}
      </div>

      <p aria-live="polite" className="sr-only">
        {pending ? "Deleting your account…" : ""}
      </p>
      <Button type="submit" variant="danger" disabled={pending} className="w-full sm:w-auto">
        {pending ? "Deleting your account…" : "Delete my account"}
      </Button>
    </form>
  );
}
