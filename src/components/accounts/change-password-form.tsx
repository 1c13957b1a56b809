"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { Eye, EyeOff } from "lucide-react";
import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { applyServerErrors } from "@/components/forms/server-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { zChangePasswordInput, type ChangePasswordInput } from "@/shared/accounts/schemas";
import { useTRPC } from "@/trpc/client";
import { PasswordStrengthMeter } from "./password-strength-meter";

type ChangePasswordOutput = z.output<typeof zChangePasswordInput>;

const empty: ChangePasswordInput = { currentPassword: "", newPassword: "", confirmPassword: "" };

/**
 * Change password: the current one, a new one with a live strength meter, and its confirmation.
 * On success the server signs out every other device and renews this browser's session.
 */
export function ChangePasswordForm({ email, displayName }: { email: string; displayName: string }) {
  const trpc = useTRPC();
  const change = useMutation(trpc.account.changePassword.mutationOptions());
  const [formError, setFormError] = useState<string | null>(null);
  const [changed, setChanged] = useState(0);
  const [shown, setShown] = useState(false);
  const successRef = useRef<HTMLDivElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const id = useId();
  const ids = { current: `${id}-current`, next: `${id}-new`, confirm: `${id}-confirm` };

  const form = useForm<ChangePasswordInput, unknown, ChangePasswordOutput>({
    resolver: zodResolver(zChangePasswordInput),
    mode: "onTouched",
    defaultValues: empty,
  });
  const { register, handleSubmit, formState, control, getFieldState, trigger, reset } = form;
  const newPassword = useWatch({ control, name: "newPassword" }) ?? "";

  useEffect(() => {
    if (changed) successRef.current?.focus();
  }, [changed]);
  useEffect(() => {
    if (formError) errorRef.current?.focus();
  }, [formError]);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setChanged(0);
    try {
      await change.mutateAsync(values);
      reset(empty);
      setShown(false);
      setChanged((n) => n + 1);
    } catch (error) {
      const message = applyServerErrors(error, form.setError);
      if (message) setFormError(message);
      else {
        // Field errors sit next to their fields; take the member to the first one.
        const field = (["currentPassword", "newPassword", "confirmPassword"] as const).find((name) => getFieldState(name).error);
        if (field) form.setFocus(field);
      }
    }
  });

  const pending = formState.isSubmitting || change.isPending;
  const type = shown ? "text" : "password";
  const common = { type, autoCapitalize: "none", autoCorrect: "off", spellCheck: false } as const;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
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
        <Field id={ids.current} label="Current password" error={formState.errors.currentPassword?.message}>
          {(p) => <Input {...common} autoComplete="current-password" {...p} {...register("currentPassword")} />}
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
          error={formState.errors.newPassword?.message}
        >
          {(p) => (
            <Input
              {...common}
              autoComplete="new-password"
              {...p}
              {...register("newPassword", {
                // Once the confirmation has been filled in, keep its "match" check current.
                onChange: () => {
                  if (getFieldState("confirmPassword").isTouched) void trigger("confirmPassword");
                },
              })}
            />
          )}
        </Field>
        <PasswordStrengthMeter password={newPassword} userInputs={[email, displayName]} />
      </div>

      <Field id={ids.confirm} label="Confirm new password" error={formState.errors.confirmPassword?.message}>
        {(p) => <Input {...common} autoComplete="new-password" {...p} {...register("confirmPassword")} />}
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
