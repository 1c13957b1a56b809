"use client";

import { Eye, EyeOff } from "lucide-react";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { PasswordStrengthMeter } from "./password-strength-meter";

export type NewPasswordFieldsProps = {
  /** Form field names; default to the sign-up and reset procedures' `password` / `confirmPassword`. */
  passwordName?: string;
  confirmName?: string;
  passwordLabel?: string;
  confirmLabel?: string;
  /** The server's messages for each field, after a refused submit. */
  passwordError?: string;
  confirmError?: string;
  /** Words a guesser would try first (email, name), passed to the strength meter. */
  userInputs?: string[];
};

/**
 * A new password, its confirmation, a show/hide toggle and the live strength meter, inside a
 * native `<form>`: the values are posted under their names, and the server checks them.
 */
export function NewPasswordFields({
  passwordName = "password",
  confirmName = "confirmPassword",
  passwordLabel = "Password",
  confirmLabel = "Confirm password",
  passwordError,
  confirmError,
  userInputs,
}: NewPasswordFieldsProps) {
  const [password, setPassword] = useState("");
  const [shown, setShown] = useState(false);
  const baseId = useId();
  const passwordId = `${baseId}-password`;
  const confirmId = `${baseId}-confirm`;

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
          {(p) => <Input {...inputProps} {...p} name={passwordName} value={password} onChange={(event) => setPassword(event.target.value)} />}
        </Field>
        <PasswordStrengthMeter password={password} userInputs={userInputs} />
      </div>

      <Field id={confirmId} label={confirmLabel} error={confirmError}>
        {(p) => <Input {...inputProps} {...p} name={confirmName} />}
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
