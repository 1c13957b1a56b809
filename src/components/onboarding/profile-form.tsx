"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { errorData, errorMessage, fieldErrorOf } from "@/components/forms/error-message";
import { focusFirstError } from "@/components/forms/field-errors";
import { useAction } from "@/components/forms/use-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { updateProfile } from "./actions";
import { CountedTextarea } from "./fields";
import { LanguagePicker } from "./language-picker";
import { TimezoneField } from "@/components/accounts/timezone-field";

export type ProfileFormProps = {
  initial: { displayName: string; pronouns: string; intro: string; timezone: string; languages: string[] };
};

type Values = ProfileFormProps["initial"];
const fields = ["displayName", "pronouns", "intro", "timezone", "languages"] as const;

/**
 * Settings → Profile: name, pronouns, intro, timezone and languages. The server checks every
 * answer and says what to change beside each one, so the browser ships no validation library.
 */
export function ProfileForm({ initial }: ProfileFormProps) {
  const router = useRouter();
  const update = useAction(updateProfile);
  const [values, setValues] = useState<Values>(initial);
  const [saved, setSaved] = useState(false);
  const focusErrorPending = useRef(false);

  const placed = errorData(update.error)?.appCode === "BAD_INPUT" && fields.some((name) => fieldErrorOf(update.error, name));
  const formError = update.isError && !placed ? errorMessage(update.error) : null;
  // A field's message stays until the next save, as GOV.UK forms do; each is read from the last answer.
  const errorOf = (name: (typeof fields)[number]) => fieldErrorOf(update.error, name) ?? undefined;
  const set = <K extends keyof Values>(name: K, value: Values[K]) => setValues((before) => ({ ...before, [name]: value }));

  useEffect(() => {
    if (focusErrorPending.current && focusFirstError(document.getElementById("profile-form"))) focusErrorPending.current = false;
  });

  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    try {
      await update.mutateAsync(values as Parameters<typeof updateProfile>[0]);
      setSaved(true);
      router.refresh();
    } catch {
      focusErrorPending.current = true;
    }
  };

  // Only while saving.
  const pending = update.isPending;

  return (
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
        error={errorOf("displayName")}
        name="displayName"
        value={values.displayName}
        onChange={(event) => set("displayName", event.target.value)}
      />
      <TextField
        label="Pronouns"
        optional
        autoComplete="off"
        hint="For example she/her, he/him or they/them."
        error={errorOf("pronouns")}
        name="pronouns"
        value={values.pronouns}
        onChange={(event) => set("pronouns", event.target.value)}
      />
      <CountedTextarea
        label="A short intro"
        optional
        hint="A few lines about you and what brings you here. People you're suggested to see it while you're open to matching."
        max={500}
        value={values.intro}
        onChange={(intro) => set("intro", intro)}
        error={errorOf("intro")}
      />
      <div className="space-y-2">
        <TimezoneField label="Your timezone" value={values.timezone} onChange={(zone) => set("timezone", zone)} error={errorOf("timezone")} />
        <p className="text-sm text-muted">
          Changing your timezone keeps your weekly times as you entered them, in your local time. For example, &ldquo;Mon 18:00&rdquo; stays
          Monday at 18:00 wherever you are.
        </p>
      </div>
      <LanguagePicker value={values.languages} onChange={(languages) => set("languages", languages)} error={errorOf("languages")} />

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
  );
}
