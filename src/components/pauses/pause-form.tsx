"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { fieldErrorOf } from "@/components/forms/error-message";
import { useAction } from "@/components/forms/use-action";
import { ActionError } from "@/components/requests/action-error";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { pauseTextMax } from "@/shared/pauses/limits";
import { extendPause, proposePauseDates, requestPause } from "./actions";

/** What the form asks for: a new pause, other dates in answer to the partner's, or a longer running pause. */
export type PauseFormMode = { kind: "request" } | { kind: "propose"; pauseId: string } | { kind: "extend"; pauseId: string };

type Props = {
  partnershipId: string;
  partnerName: string;
  mode: PauseFormMode;
  /** Today in the agreement's zone (YYYY-MM-DD): the earliest day the pickers offer. */
  today: string;
  /** The agreement's longest pause, in days. */
  maxDays: number;
  /** For a longer pause: the day the running pause began (YYYY-MM-DD), which the maximum counts from. */
  begunOn?: string;
};

/** The calendar day `days` after `day`, both YYYY-MM-DD; "" when `day` isn't one. */
function addDays(day: string, days: number): string {
  const at = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(at.getTime()) ? "" : new Date(at.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

const submitWords = { request: ["Ask for the pause", "Sending…"], propose: ["Suggest these dates", "Sending…"], extend: ["Ask for longer", "Sending…"] } as const;

/**
 * The pause form: when it starts (now or a day), the day it picks up again, a private reason (only
 * the author ever sees it) and a message for the partner. On success it goes back to the
 * partnership page, which shows what happens next.
 */
export function PauseForm({ partnershipId, partnerName, mode, today, maxDays, begunOn }: Props) {
  const router = useRouter();
  const [startsNow, setStartsNow] = useState(true);
  const [startDay, setStartDay] = useState(today);
  const [resumesOn, setResumesOn] = useState("");
  const [reason, setReason] = useState("");
  const [message, setMessage] = useState("");
  const done = { onSuccess: () => router.push(`/partnerships/${encodeURIComponent(partnershipId)}`) };
  const request = useAction(requestPause);
  const propose = useAction(proposePauseDates);
  const extend = useAction(extendPause);
  const active = { request, propose, extend }[mode.kind];
  const pending = active.isPending || active.isSuccess;
  const start = startsNow ? "now" : startDay;
  const firstDay = mode.kind === "extend" ? (begunOn ?? today) : startsNow ? today : startDay;
  const latestResume = addDays(firstDay, maxDays) || undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    if (mode.kind === "request") request.mutate({ partnershipId, start, resumesOn, reason, message }, done);
    else if (mode.kind === "propose") propose.mutate({ partnershipId, pauseId: mode.pauseId, start, resumesOn, message }, done);
    else extend.mutate({ partnershipId, pauseId: mode.pauseId, resumesOn, message }, done);
  }

  const startError = fieldErrorOf(active.error, "start");
  const resumeError = fieldErrorOf(active.error, "resumesOn");
  const generalError = active.isError && !startError && !resumeError ? active.error : null;
  const [label, pendingLabel] = submitWords[mode.kind];

  return (
    <form onSubmit={submit} className="mt-8 space-y-6" noValidate>
      {mode.kind === "extend" ? null : (
        <fieldset className="space-y-3">
          <legend className="font-medium">When does it begin?</legend>
          {startError ? <p className="text-sm font-medium text-danger">{startError}</p> : null}
          <label className="flex min-h-11 items-center gap-3">
            <input type="radio" name="start" checked={startsNow} onChange={() => setStartsNow(true)} className="size-5" />
            Now
          </label>
          <label className="flex min-h-11 items-center gap-3">
            <input type="radio" name="start" checked={!startsNow} onChange={() => setStartsNow(false)} className="size-5" />
            On a later day
          </label>
          {startsNow ? null : (
            <Field label="First day of the pause">
              {(p) => <Input {...p} type="date" min={today} value={startDay} onChange={(e) => setStartDay(e.target.value)} aria-invalid={startError ? true : undefined} />}
            </Field>
          )}
        </fieldset>
      )}
      <Field
        label="The day it picks up again"
        hint={`Your check-ins start again from the beginning of this day${latestResume ? ` — ${latestResume} at the latest, as your agreement allows` : ""}.`}
        error={resumeError ?? undefined}
        required
      >
        {(p) => <Input {...p} type="date" min={today} max={latestResume} value={resumesOn} onChange={(e) => setResumesOn(e.target.value)} />}
      </Field>
      {mode.kind === "request" ? (
        <Field label="Why you'd like a pause" hint="Only you will see this. It's here for you to look back on, and is never shared." optional>
          {(p) => <Textarea {...p} rows={3} maxLength={pauseTextMax} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
      ) : null}
      <Field label={`A message for ${partnerName}`} hint={`${partnerName} will see this with your request.`} optional>
        {(p) => <Textarea {...p} rows={3} maxLength={pauseTextMax} value={message} onChange={(e) => setMessage(e.target.value)} />}
      </Field>
      {generalError ? <ActionError error={generalError} /> : null}
      <Button type="submit" disabled={pending} aria-disabled={pending} fullWidth>
        {pending ? pendingLabel : label}
      </Button>
      {pending ? (
        <p role="status" className="sr-only">
          {pendingLabel}
        </p>
      ) : null}
    </form>
  );
}
