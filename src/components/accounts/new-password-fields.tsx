"use client";

import { Eye, EyeOff } from "lucide-react";
import { useId, useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { PasswordStrengthMeter } from "./password-strength-meter";

export type NewPasswordFieldsProps = {
  /** Form field names; default to the sign-up and reset schemas' `password` / `confirmPassword`. */
  passwordName?: string;
  confirmName?: string;
  passwordLabel?: string;
  confirmLabel?: string;
  /** Words a guesser would try first (email, name), passed to the strength meter. */
  userInputs?: string[];
};

/**
 * A new password, its confirmation, a show/hide toggle and the live strength meter. Use inside a
 * react-hook-form `<FormProvider>`.
 */
export function NewPasswordFields({
  passwordName = "password",
  confirmName = "confirmPassword",
  passwordLabel = "Password",
  confirmLabel = "Confirm password",
  userInputs,
}: NewPasswordFieldsProps) {
  const { register, control, formState, getFieldState, trigger } = useFormContext();
  const password = (useWatch({ control, name: passwordName }) as string | undefined) ?? "";
  const [shown, setShown] = useState(false);
  const baseId = useId();
  const passwordId = `${baseId}-password`;
  const confirmId = `${baseId}-confirm`;

  const passwordError = messageOf(formState.errors[passwordName]);
  const confirmError = messageOf(formState.errors[confirmName]);

  const passwordField = register(passwordName, {
    // Once the confirmation has been filled in, keep its "match" check current.
    onChange: () => {
      if (getFieldState(confirmName).isTouched) void trigger(confirmName);
    },
  });

  const type = shown ? "text" : "password";
  const inputProps = { type, autoComplete: "new-password", autoCapitalize: "none", autoCorrect: "off", spellCheck: false } as const;

  return (
    <div className="space-y-5">
      <div className="space-y-2">
        <Field
          id={passwordId}
          label={passwordLabel}
          hint="At least 10 characters. A few unrelated words together are easy to remember and hard to guess."
          error={passwordError}
        >
          {(p) => <Input {...inputProps} {...p} {...passwordField} />}
        </Field>
        <PasswordStrengthMeter password={password} userInputs={userInputs} />
      </div>

      <Field id={confirmId} label={confirmLabel} error={confirmError}>
        {(p) => <Input {...inputProps} {...p} {...register(confirmName)} />}
      </Field>

      <Button
        variant="quiet"
        size="sm"
        aria-pressed={shown}
        aria-controls={`${passwordId} ${confirmId}`}
        onClick={() => setShown((s) => !s)}
        className="-ml-3"
      >
        {shown ? <EyeOff aria-hidden="true" /> : <Eye aria-hidden="true" />}
        Show passwords
      </Button>
    </div>
  );
}

function messageOf(error: unknown): string | undefined {
  if (error && typeof error === "object" && "message" in error && typeof error.message === "string") return error.message;
  return undefined;
}
