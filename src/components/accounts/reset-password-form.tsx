"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { KeyRound } from "lucide-react";
import { useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import type { z } from "zod";
import { applyServerErrors } from "@/components/forms/server-errors";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { zResetPasswordInput, type ResetPasswordInput } from "@/shared/accounts/schemas";
import { useTRPC } from "@/trpc/client";
import { useFocusOnMount } from "./focus-on-mount";
import { readLinkError } from "./link-errors";
import { NewPasswordFields } from "./new-password-fields";
import { OutcomePanel } from "./outcome-panel";

type Output = z.output<typeof zResetPasswordInput>;

/** "Choose a new password" from an emailed reset link. */
export function ResetPasswordForm({ token }: { token: string }) {
  const trpc = useTRPC();
  const reset = useMutation(trpc.account.resetPassword.mutationOptions());
  const [formError, setFormError] = useState<string | null>(null);
  const [linkError, setLinkError] = useState<string | null>(null);
  const focusAlert = useFocusOnMount<HTMLDivElement>();

  const form = useForm<ResetPasswordInput, unknown, Output>({
    resolver: zodResolver(zResetPasswordInput),
    mode: "onTouched",
    defaultValues: { token, password: "", confirmPassword: "" },
  });
  const { handleSubmit, formState } = form;

  const onSubmit = handleSubmit(
    async (values) => {
      setFormError(null);
      try {
        await reset.mutateAsync(values);
      } catch (error) {
        const read = readLinkError(error);
        if (read.linkProblem) setLinkError(read.message);
        else setFormError(applyServerErrors(error, form.setError));
      }
    },
    // The token isn't a visible field; if the link is cut off, say so instead of failing silently.
    (errors) => {
      if (errors.token?.message) setLinkError(errors.token.message);
    },
  );

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

  const pending = formState.isSubmitting || reset.isPending;

  return (
    <>
      <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Choose a new password</h1>
      <p className="mt-3 text-lg text-muted">Saving a new password signs you out on every other device.</p>

      <FormProvider {...form}>
        <form onSubmit={onSubmit} noValidate className="mt-8 space-y-6">
          <NewPasswordFields />

          {formError ? (
            <Alert tone="attention" role="alert">
              {formError}
            </Alert>
          ) : null}

          <Button type="submit" size="lg" disabled={pending} className="w-full sm:w-auto">
            {pending ? "Saving…" : "Save new password"}
          </Button>
        </form>
      </FormProvider>
    </>
  );
}
