"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Controller, FormProvider, useForm } from "react-hook-form";
import type { z } from "zod";
import { TimezoneSelect } from "@/components/accounts/timezone-select";
import { applyServerErrors } from "@/components/forms/server-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { zProfileUpdate } from "@/shared/onboarding/schemas";
import { useTRPC } from "@/trpc/client";
import { CountedTextarea } from "./fields";
import { LanguagePicker } from "./language-picker";
import { focusFirstError } from "./step-form";
import { wireField } from "./wire-field";

type In = z.input<typeof zProfileUpdate>;
type Out = z.output<typeof zProfileUpdate>;

export type ProfileFormProps = {
  initial: { displayName: string; pronouns: string; intro: string; timezone: string; languages: string[] };
};

/** Settings → Profile: name, pronouns, intro, timezone and languages. */
export function ProfileForm({ initial }: ProfileFormProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const update = useMutation(trpc.onboarding.updateProfile.mutationOptions());
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const focusErrorPending = useRef(false);

  const form = useForm<In, unknown, Out>({
    resolver: zodResolver(zProfileUpdate),
    defaultValues: { ...initial, languages: initial.languages as In["languages"] },
    mode: "onTouched",
    shouldFocusError: false,
  });
  const { register, control, formState, handleSubmit } = form;

  useEffect(() => {
    if (focusErrorPending.current && focusFirstError(document.getElementById("profile-form"))) focusErrorPending.current = false;
  });

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) =>
    handleSubmit(
      async (values) => {
        setFormError(null);
        setSaved(false);
        try {
          await update.mutateAsync(values);
          setSaved(true);
          router.refresh();
        } catch (error) {
          setFormError(applyServerErrors(error, form.setError));
          focusErrorPending.current = true;
        }
      },
      () => {
        setSaved(false);
        focusErrorPending.current = true;
      },
    )(event);

  // Only while saving: answers that fail the checks here never say "Saving…".
  const pending = update.isPending;

  return (
    <FormProvider {...form}>
      <form
        id="profile-form"
        noValidate
        className="space-y-8"
        onSubmit={(event) => {
          if (pending) event.preventDefault();
          else void onSubmit(event);
        }}
        onChange={() => setSaved(false)}
      >
        <TextField
          label="Display name"
          autoComplete="nickname"
          required
          hint="Other members see this name. A first name or a nickname is fine."
          error={formState.errors.displayName?.message}
          {...register("displayName")}
        />
        <TextField label="Pronouns" optional autoComplete="off" hint="For example she/her, he/him or they/them." error={formState.errors.pronouns?.message} {...register("pronouns")} />
        <Controller
          control={control}
          name="intro"
          render={({ field, fieldState }) => (
            <CountedTextarea
              label="A short intro"
              optional
              hint="A few lines about you and what brings you here. People you're suggested to see it while you're open to matching."
              max={500}
              {...wireField(field, fieldState)}
              value={field.value ?? ""}
            />
          )}
        />
        <div className="space-y-2">
          <TimezoneSelect label="Your timezone" />
          <p className="text-sm text-muted">
            Changing your timezone keeps your weekly times as you entered them, in your local time. For example, &ldquo;Mon 18:00&rdquo;
            stays Monday at 18:00 wherever you are.
          </p>
        </div>
        <Controller
          control={control}
          name="languages"
          render={({ field, fieldState }) => (
            <LanguagePicker {...wireField(field, fieldState)} />
          )}
        />

        <div aria-live="polite">
          {formError ? (
            <Alert tone="attention" role="alert">
              {formError}
            </Alert>
          ) : saved ? (
            <Alert tone="success" role="status">
              Your profile is saved.
            </Alert>
          ) : null}
        </div>

        <Button type="submit" size="lg" aria-disabled={pending || undefined} className="w-full sm:w-auto">
          {pending ? "Saving…" : "Save profile"}
        </Button>
      </form>
    </FormProvider>
  );
}
