"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { CountedTextarea, choiceInputClass } from "@/components/onboarding/fields";
import { fieldErrorOf } from "@/components/forms/error-message";
import { useAction } from "@/components/forms/use-action";
import { ActionError } from "@/components/requests/action-error";
import { Button } from "@/components/ui/button";
import { reasonMaxLength, reportActions, type ReportAction } from "@/shared/moderation/limits";
import { act as actAction } from "./actions";

const choices: Record<ReportAction, { label: string; hint: (name: string) => string; button: string }> = {
  DISMISS: { label: "Dismiss", hint: () => "Nothing against the rules. Nobody is told.", button: "Dismiss the report" },
  WARN: { label: "Warn", hint: (name) => `${name} gets a notice and an email asking them to keep conversations kind; it doesn't say who reported them.`, button: "Send the warning" },
  SUSPEND: {
    label: "Suspend",
    hint: (name) => `${name} can't sign in, their partnerships end quietly, their requests close and they disappear from suggestions.`,
    button: "Suspend the account",
  },
};

/**
 * A moderator's decision on an open report: one of three actions and a reason for the audit log
 * (required). Suspending asks once more before it goes through.
 */
export function DecideReport({ reportId, name, canSuspend }: { reportId: string; name: string; canSuspend: boolean }) {
  const router = useRouter();
  const formId = useId();
  const [action, setAction] = useState<ReportAction>("DISMISS");
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [confirming, setConfirming] = useState(false);
  const reasonRef = useRef<HTMLTextAreaElement>(null);

  const act = useAction(actAction);

  // A reason the server refused takes focus.
  useEffect(() => {
    if (reasonError) reasonRef.current?.focus();
  }, [reasonError]);

  const available = reportActions.filter((a) => a === "DISMISS" || canSuspend);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (act.isPending) return;
    setReasonError(undefined);
    // Asked once more before suspending, unless the reason is missing: then the server says so
    // (and suspends no one), without a question first.
    if (action === "SUSPEND" && !confirming && reason.trim()) {
      setConfirming(true);
      return;
    }
    act.mutate(
      { reportId, action, reason },
      {
        onSuccess: () => router.refresh(),
        onError: (error) => {
          setConfirming(false);
          const forReason = fieldErrorOf(error, "reason");
          if (forReason) setReasonError(forReason);
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-6">
      <fieldset>
        <legend className="text-lg font-semibold">Your decision</legend>
        {!canSuspend ? <p className="mt-1 text-sm text-muted">This member has left Tandem, so the report can only be dismissed.</p> : null}
        <div className="mt-3 space-y-3">
          {available.map((value) => (
            <label key={value} className="flex cursor-pointer items-start gap-3 rounded-xl border border-line p-3 has-[:checked]:border-primary has-[:checked]:bg-primary-soft">
              <input
                type="radio"
                name="action"
                value={value}
                checked={action === value}
                onChange={() => {
                  setAction(value);
                  setConfirming(false);
                }}
                aria-describedby={`${formId}-${value}-hint`}
                className={`mt-0.5 ${choiceInputClass}`}
              />
              <span>
                <span className="block font-medium">{choices[value].label}</span>
                <span id={`${formId}-${value}-hint`} className="block text-sm text-muted">
                  {choices[value].hint(name)}
                </span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <CountedTextarea
        label="Why"
        hint="Kept in the audit log with your name and the time. Only moderators see it."
        max={reasonMaxLength}
        value={reason}
        onChange={setReason}
        error={reasonError}
        inputRef={reasonRef}
      />

      {act.isError && !reasonError ? <ActionError error={act.error} /> : null}

      {confirming ? (
        <div role="alert" className="space-y-3 rounded-xl border border-line-strong p-4">
          <p className="font-medium">Suspend {name}? Their partnerships end at once and can&apos;t be restored by lifting the suspension.</p>
          <div className="flex flex-wrap gap-3">
            <Button type="submit" variant="danger" disabled={act.isPending}>
              {act.isPending ? "Suspending…" : `Yes, suspend ${name}`}
            </Button>
            <Button variant="quiet" onClick={() => setConfirming(false)} disabled={act.isPending}>
              Cancel
            </Button>
          </div>
        </div>
      ) : (
        <Button type="submit" disabled={act.isPending}>
          {act.isPending ? "Saving…" : choices[action].button}
        </Button>
      )}
    </form>
  );
}
