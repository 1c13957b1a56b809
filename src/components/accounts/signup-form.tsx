"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { MailCheck } from "lucide-react";
import Link from "next/link";
import { useId, useState } from "react";
import { FormProvider, useForm, useWatch, type UseFormRegisterReturn } from "react-hook-form";
import type { z } from "zod";
import { ErrorSummary } from "@/components/forms/error-summary";
import { applyServerErrors } from "@/components/forms/server-errors";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { FieldError, FieldHint, TextField } from "@/components/ui/field";
import { zSignUpInput, type SignUpInput } from "@/shared/accounts/schemas";
import { useTRPC } from "@/trpc/client";
import { NewPasswordFields } from "./new-password-fields";
import { OutcomePanel } from "./outcome-panel";
import { DEFAULT_TIME_ZONE, TimezoneSelect } from "./timezone-select";

type SignUpOutput = z.output<typeof zSignUpInput>;

export function SignUpForm() {
  const trpc = useTRPC();
  const signUp = useMutation(trpc.account.signUp.mutationOptions());
  const [formError, setFormError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);

  const form = useForm<SignUpInput, unknown, SignUpOutput>({
    resolver: zodResolver(zSignUpInput),
    mode: "onTouched",
    defaultValues: {
      email: "",
      displayName: "",
      password: "",
      confirmPassword: "",
      timezone: DEFAULT_TIME_ZONE,
      // The checkbox starts unticked; the schema only accepts `true`.
      ageConfirmed: false as unknown as true,
    },
  });
  const { register, handleSubmit, formState, control } = form;
  const [email, displayName] = useWatch({ control, name: ["email", "displayName"] });

  const [failedSubmits, setFailedSubmits] = useState(0);
  const onSubmit = handleSubmit(
    async (values) => {
      setFormError(null);
      try {
        await signUp.mutateAsync(values);
        setSentTo(values.email);
      } catch (error) {
        setFormError(applyServerErrors(error, form.setError));
        setFailedSubmits((n) => n + 1);
      }
    },
    () => {
      setFormError(null);
      setFailedSubmits((n) => n + 1);
    },
  );

  if (sentTo) {
    return (
      <OutcomePanel title="Check your inbox" icon={MailCheck}>
        <p>
          If <strong className="font-semibold break-all">{sentTo}</strong> can be used for a new account, we&apos;ve sent it a link to
          confirm your email. The link lasts 24 hours.
        </p>
        <p className="text-base text-muted">
          It can take a few minutes to arrive, and sometimes lands in a spam or junk folder. You can sign in while you wait.
        </p>
        <div className="pt-2">
          <ButtonLink href="/signin">Go to sign in</ButtonLink>
        </div>
      </OutcomePanel>
    );
  }

  // Only while the account is being created: a form that fails its checks here never says so.
  const pending = signUp.isPending;

  return (
    <>
      <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Create your account</h1>
      <p className="mt-3 text-lg text-muted">
        It takes a minute. You can tell us more about yourself afterwards, at your own pace.
      </p>
      <p className="mt-2">
        Already have an account?{" "}
        <Link href="/signin" className="font-medium text-primary-text underline underline-offset-4">
          Sign in
        </Link>
      </p>

      <FormProvider {...form}>
        <form id="signup-form" onSubmit={onSubmit} noValidate className="mt-8 space-y-6">
          <ErrorSummary formId="signup-form" attempt={failedSubmits} />
          <TextField
            label="Email"
            type="email"
            autoComplete="email"
            inputMode="email"
            autoCapitalize="none"
            spellCheck={false}
            required
            hint="We'll never show your email to other members."
            error={formState.errors.email?.message}
            {...register("email")}
          />

          <TextField
            label="What should we call you?"
            autoComplete="nickname"
            required
            hint="Other members will see this name. A first name or a nickname is fine."
            error={formState.errors.displayName?.message}
            {...register("displayName")}
          />

          <NewPasswordFields userInputs={[email, displayName]} />

          <TimezoneSelect deviceZone="default" />

          <AgeCheckbox error={formState.errors.ageConfirmed?.message} registration={register("ageConfirmed")} />

          <div className="rounded-2xl bg-surface-2 p-5">
            <h2 className="font-semibold">What happens next</h2>
            <p className="mt-1 text-muted">
              We&apos;ll email you a link to confirm your address. Then you can tell us a little about yourself, at your own pace. No
              one is matched with you until you choose to be, and we&apos;ll never show your email to other members.
            </p>
          </div>

          {formError ? (
            <Alert tone="attention" role="alert">
              {formError}
            </Alert>
          ) : null}

          <Button type="submit" size="lg" disabled={pending} className="w-full sm:w-auto">
            {pending ? "Creating your account…" : "Create account"}
          </Button>
        </form>
      </FormProvider>
    </>
  );
}

function AgeCheckbox({ error, registration }: { error?: string; registration: UseFormRegisterReturn<"ageConfirmed"> }) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="space-y-1.5">
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={[hintId, error ? errorId : null].filter(Boolean).join(" ")}
          className="mt-0.5 size-6 shrink-0 cursor-pointer rounded accent-primary focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-focus"
          {...registration}
        />
        <div>
          <label htmlFor={id} className="cursor-pointer font-medium">
            I am 18 or older
          </label>
          <FieldHint id={hintId}>Tandem is for adults.</FieldHint>
        </div>
      </div>
      {error ? <FieldError id={errorId}>{error}</FieldError> : null}
    </div>
  );
}
