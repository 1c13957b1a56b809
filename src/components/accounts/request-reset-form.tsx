"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { MailCheck } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { applyServerErrors } from "@/components/forms/server-errors";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { zRequestResetInput } from "@/shared/accounts/schemas";
import { useTRPC } from "@/trpc/client";
import { OutcomePanel } from "./outcome-panel";

type Input = z.input<typeof zRequestResetInput>;
type Output = z.output<typeof zRequestResetInput>;

/** "Forgot your password?": asks for the email and always answers the same way. */
export function RequestResetForm() {
  const trpc = useTRPC();
  const request = useMutation(trpc.account.requestPasswordReset.mutationOptions());
  const [formError, setFormError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);

  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(zRequestResetInput),
    mode: "onTouched",
    defaultValues: { email: "" },
  });
  const { register, handleSubmit, formState } = form;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await request.mutateAsync(values);
      setSentTo(values.email);
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError));
    }
  });

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
              requestAnimationFrame(() => form.setFocus("email", { shouldSelect: true }));
            }}
          >
            Use a different email
          </Button>
        </div>
      </OutcomePanel>
    );
  }

  const pending = formState.isSubmitting || request.isPending;

  return (
    <>
      <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Reset your password</h1>
      <p className="mt-3 text-lg text-muted">
        Enter the email you use for Tandem and we&apos;ll send you a link to choose a new password.
      </p>

      <form onSubmit={onSubmit} noValidate className="mt-8 space-y-6">
        <TextField
          label="Email"
          type="email"
          autoComplete="email"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          required
          error={formState.errors.email?.message}
          {...register("email")}
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
