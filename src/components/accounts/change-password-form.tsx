"use client";

import { Eye, EyeOff } from "lucide-react";
import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import { errorData, errorMessage, fieldErrorOf } from "@/components/forms/error-message";
import { useAction } from "@/components/forms/use-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { changePassword } from "./actions";
import { PasswordStrengthMeter } from "./password-strength-meter";

const fields = ["currentPassword", "newPassword", "confirmPassword"] as const;

/**
 * Change password: the current one, a new one with a live strength meter, and its confirmation.
 * The server checks every rule and answers with a message per field, so the browser ships no
 * validation library. On success it signs out every other device and renews this browser's session.
 */
export function ChangePasswordForm({ email, displayName }: { email: string; displayName: string }) {
  const change = useAction(changePassword);
  const [newPassword, setNewPassword] = useState("");
  const [changed, setChanged] = useState(0);
  const [shown, setShown] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const successRef = useRef<HTMLDivElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const id = useId();
  const ids = { current: `${id}-current`, next: `${id}-new`, confirm: `${id}-confirm` };
  const fieldIds = { currentPassword: ids.current, newPassword: ids.next, confirmPassword: ids.confirm };

  const placed = errorData(change.error)?.appCode === "BAD_INPUT" && fields.some((name) => fieldErrorOf(change.error, name));
  const formError = change.isError && !placed ? errorMessage(change.error) : null;
  const errors = Object.fromEntries(fields.map((name) => [name, fieldErrorOf(change.error, name) ?? undefined]));

  useEffect(() => {
    if (changed) successRef.current?.focus();
  }, [changed]);
  useEffect(() => {
    if (formError) errorRef.current?.focus();
  }, [formError]);

  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (name: string) => String(data.get(name) ?? "");
    setChanged(0);
    try {
      await change.mutateAsync({ currentPassword: value("currentPassword"), newPassword: value("newPassword"), confirmPassword: value("confirmPassword") });
      formRef.current?.reset();
      setNewPassword("");
      setShown(false);
      setChanged((n) => n + 1);
    } catch (error) {
      // Field errors sit next to their fields; take the member to the first one.
      const first = fields.find((name) => fieldErrorOf(error, name));
      if (first && errorData(error)?.appCode === "BAD_INPUT") document.getElementById(fieldIds[first])?.focus();
    }
  };

  const pending = change.isPending;
  const type = shown ? "text" : "password";
  const common = { type, autoCapitalize: "none", autoCorrect: "off", spellCheck: false } as const;

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-5">
      {/* Lets password managers know whose password this is. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />

      {changed ? (
        <Alert key={changed} ref={successRef} tabIndex={-1} tone="success" className="focus:outline-none">
          <p>Your password is changed. Other devices have been signed out.</p>
        </Alert>
      ) : null}

      {formError ? (
        <Alert ref={errorRef} tabIndex={-1} tone="attention" role="alert" className="focus:outline-none">
          <p>{formError}</p>
        </Alert>
      ) : null}

      <div className="space-y-2">
        <Field id={ids.current} label="Current password" error={errors.currentPassword}>
          {(p) => <Input {...common} autoComplete="current-password" {...p} name="currentPassword" />}
        </Field>
        <p className="text-sm">
          <Link href="/reset" className="inline-flex min-h-11 items-center font-medium text-primary-text underline underline-offset-4">
            Forgot your current password?
          </Link>
        </p>
      </div>

      <div className="space-y-2">
        <Field
          id={ids.next}
          label="New password"
          hint="At least 10 characters. A few unrelated words together are easy to remember and hard to guess."
          error={errors.newPassword}
        >
          {(p) => (
            <Input
              {...common}
              autoComplete="new-password"
              {...p}
              name="newPassword"
              value={newPassword}
              onChange={(event) => setNewPassword(event.target.value)}
            />
          )}
        </Field>
        <PasswordStrengthMeter password={newPassword} userInputs={[email, displayName]} />
      </div>

      <Field id={ids.confirm} label="Confirm new password" error={errors.confirmPassword}>
        {(p) => <Input {...common} autoComplete="new-password" {...p} name="confirmPassword" />}
      </Field>

      <Button
        variant="quiet"
        size="sm"
        aria-pressed={shown}
        aria-controls={`${ids.current} ${ids.next} ${ids.confirm}`}
        onClick={() => setShown((s) => !s)}
        className="-ml-3"
      >
        {shown ? <EyeOff aria-hidden="true" /> : <Eye aria-hidden="true" />}
        Show passwords
      </Button>

      <div>
        <Button type="submit" disabled={pending} className="w-full sm:w-auto">
          {pending ? "Changing password…" : "Change password"}
        </Button>
      </div>
    </form>
  );
}
