"use client";

import { useId, useState } from "react";
import { errorMessage, fieldErrorOf } from "@/components/forms/error-message";
import { useAction } from "@/components/forms/use-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { FieldError, FieldHint, Input, Label } from "@/components/ui/field";
import type { NotificationType } from "@/generated/prisma/enums";
import type { PreferencesView } from "@/server/notifications/preferences";
import type { NotificationChoice } from "@/server/notifications/schemas";
import { setNotificationPreferences } from "./actions";

const choiceLabels: Record<NotificationChoice, string> = {
  IN_APP_AND_EMAIL: "Notifications and email",
  IN_APP: "Notifications only",
  OFF: "Off",
};

type Choices = Partial<Record<NotificationType, NotificationChoice>>;
const choicesOf = (view: PreferencesView): Choices => Object.fromEntries(view.groups.flatMap((g) => g.types.map((t) => [t.type, t.choice])));

/** Per-type choices grouped as the catalog groups them, and quiet hours, saved together. */
export function NotificationPreferencesForm({ initial }: { initial: PreferencesView }) {
  const id = useId();
  const [choices, setChoices] = useState<Choices>(() => choicesOf(initial));
  const [quiet, setQuiet] = useState(initial.quietHours);
  const save = useAction(setNotificationPreferences);
  const [sameTimes, setSameTimes] = useState(false);
  const timeError = sameTimes
    ? "Choose different times for when quiet hours start and end."
    : (fieldErrorOf(save.error, "quietHours.start") ?? fieldErrorOf(save.error, "quietHours.end") ?? undefined);

  return (
    <form
      className="space-y-6"
      onSubmit={(event) => {
        event.preventDefault();
        const same = quiet.start === quiet.end;
        setSameTimes(same);
        if (!same) save.mutate({ choices, quietHours: quiet });
      }}
      onChange={() => {
        save.reset();
        setSameTimes(false);
      }}
    >
      {initial.groups.map((group) => (
        <Card as="section" key={group.key} aria-labelledby={`${id}-${group.key}`}>
          <CardTitle id={`${id}-${group.key}`}>{group.label}</CardTitle>
          <div className="mt-4 space-y-5">
            {group.types.map((item) => (
              <fieldset key={item.type} aria-describedby={item.choices.includes("OFF") ? undefined : `${id}-${item.type}-hint`}>
                <legend className="font-medium">{item.label}</legend>
                {item.choices.includes("OFF") ? null : (
                  <FieldHint id={`${id}-${item.type}-hint`} className="mt-1">
                    This one can&apos;t be switched off: a note from our moderators always reaches your notifications, so you never miss something
                    about your safety or your account.
                  </FieldHint>
                )}
                <div className="mt-2 flex flex-col gap-2 sm:flex-row sm:flex-wrap">
                  {item.choices.map((choice) => (
                    <label
                      key={choice}
                      className="flex min-h-11 cursor-pointer items-center gap-3 rounded-xl border border-line px-3 py-2 has-[:checked]:border-primary has-[:checked]:bg-primary-soft"
                    >
                      <input
                        type="radio"
                        name={item.type}
                        value={choice}
                        checked={choices[item.type] === choice}
                        onChange={() => setChoices((current) => ({ ...current, [item.type]: choice }))}
                        className="size-5 accent-[var(--color-primary)]"
                      />
                      <span>{choiceLabels[choice]}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
            ))}
          </div>
        </Card>
      ))}

      <Card as="section" aria-labelledby={`${id}-quiet`}>
        <CardTitle id={`${id}-quiet`}>Quiet hours</CardTitle>
        <CardDescription>
          Emails that would arrive during your quiet hours wait until they end. Your notifications in Tandem still arrive as usual. Times are
          in your own timezone ({initial.timezone}), which you can change in your profile.
        </CardDescription>
        <div className="mt-4 space-y-4">
          <label className="flex min-h-11 cursor-pointer items-center gap-3">
            <input
              type="checkbox"
              checked={quiet.on}
              onChange={(event) => setQuiet((current) => ({ ...current, on: event.target.checked }))}
              className="size-5 accent-[var(--color-primary)]"
            />
            <span className="font-medium">Hold emails during quiet hours</span>
          </label>
          <div className="grid grid-cols-2 gap-4 sm:max-w-sm">
            <div className="space-y-1.5">
              <Label htmlFor={`${id}-start`}>From</Label>
              <Input
                id={`${id}-start`}
                type="time"
                required
                value={quiet.start}
                disabled={!quiet.on}
                aria-invalid={timeError ? true : undefined}
                aria-describedby={timeError ? `${id}-time-error` : undefined}
                onChange={(event) => setQuiet((current) => ({ ...current, start: event.target.value }))}
              />
            </div>
            <div className="space-y-1.5">
              <Label htmlFor={`${id}-end`}>Until</Label>
              <Input
                id={`${id}-end`}
                type="time"
                required
                value={quiet.end}
                disabled={!quiet.on}
                aria-invalid={timeError ? true : undefined}
                aria-describedby={timeError ? `${id}-time-error` : undefined}
                onChange={(event) => setQuiet((current) => ({ ...current, end: event.target.value }))}
              />
            </div>
          </div>
          {timeError ? <FieldError id={`${id}-time-error`}>{timeError}</FieldError> : null}
          <FieldHint>Emails about your account, like confirming your email or resetting your password, always come straight away.</FieldHint>
        </div>
      </Card>

      <div className="space-y-3">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save preferences"}
        </Button>
        <div aria-live="polite">
          {save.isSuccess ? <Alert tone="success">Saved. We&apos;ll let you know about things the way you chose.</Alert> : null}
        </div>
        {save.isError ? <Alert tone="danger">{errorMessage(save.error)}</Alert> : null}
      </div>
    </form>
  );
}
