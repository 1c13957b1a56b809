"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { applyServerErrors } from "@/components/forms/server-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, FieldError, FieldHint, Input } from "@/components/ui/field";
import { zDeleteAccountInput, type DeleteAccountInput } from "@/shared/accounts/delete-account";
import { useTRPC } from "@/trpc/client";
import { signOutAfterDeletion } from "@/components/accounts/sign-out-action";

type DeleteAccountOutput = z.output<typeof zDeleteAccountInput>;

/** Password and a confirming tick, then one quiet but clear button. Success signs this browser out. */
export function DeleteAccountForm({ email }: { email: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const remove = useMutation(trpc.privacy.deleteAccount.mutationOptions());
  const [formError, setFormError] = useState<string | null>(null);
  const [leaving, setLeaving] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);
  const id = useId();
  const ids = { password: `${id}-password`, confirm: `${id}-confirm`, confirmError: `${id}-confirm-error`, confirmHint: `${id}-confirm-hint` };

  const form = useForm<DeleteAccountInput, unknown, DeleteAccountOutput>({
    resolver: zodResolver(zDeleteAccountInput),
    mode: "onSubmit",
    // The box starts unticked; the schema only accepts `true`.
    defaultValues: { password: "", confirm: false as unknown as true },
  });
  const { register, handleSubmit, formState } = form;

  useEffect(() => {
    if (formError) errorRef.current?.focus();
  }, [formError]);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await remove.mutateAsync(values);
    } catch (error) {
      const message = applyServerErrors(error, form.setError);
      if (message) setFormError(message);
      else form.setFocus("password");
      return;
    }
    setLeaving(true);
    try {
      await signOutAfterDeletion();
    } catch {
      // The account is gone and the server already refuses this session: leave even if clearing the cookie failed.
      router.replace("/goodbye");
    }
  });

  const pending = formState.isSubmitting || remove.isPending || leaving;
  const confirmError = formState.errors.confirm?.message;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />

      {formError ? (
        <Alert ref={errorRef} tabIndex={-1} tone="attention" role="alert" className="focus:outline-none">
          <p>{formError}</p>
        </Alert>
      ) : null}

      <Field id={ids.password} label="Your password" hint="To make sure it's really you." error={formState.errors.password?.message}>
        {(p) => <Input type="password" autoComplete="current-password" autoCapitalize="none" spellCheck={false} {...p} {...register("password")} />}
      </Field>

      <div className="space-y-1.5">
        <div className="flex items-start gap-3">
          <input
            id={ids.confirm}
            type="checkbox"
            aria-invalid={confirmError ? true : undefined}
            aria-describedby={[ids.confirmHint, confirmError ? ids.confirmError : null].filter(Boolean).join(" ")}
            className="mt-0.5 size-6 shrink-0 cursor-pointer rounded accent-primary focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-focus"
            {...register("confirm")}
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
