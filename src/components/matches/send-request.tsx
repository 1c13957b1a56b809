"use client";

import { CircleCheck, Send } from "lucide-react";
import Link from "next/link";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { CountedTextarea } from "@/components/onboarding/fields";
import { ActionError } from "@/components/requests/action-error";
import { fieldErrorOf } from "@/components/forms/error-message";
import { useAction } from "@/components/forms/use-action";
import { Button } from "@/components/ui/button";
import { noteMaxLength } from "@/shared/requests/limits";
import { sendRequest } from "./actions";
import { outboxFullReason, useOutbox } from "./outbox";

type Step = "closed" | "open" | "sent";

/**
 * "Ask to be partners" on a suggestion card: opens a short form in place (an optional note and
 * Send / Cancel), says plainly who will see what, and replaces itself with what happens next once
 * the request is sent. Focus follows each change so keyboard and screen-reader users keep their place.
 */
export function SendRequest({ recipientId, name }: { recipientId: string; name: string }) {
  const outbox = useOutbox();
  const id = useId();
  const reasonId = `${id}-reason`;
  const [step, setStep] = useState<Step>("closed");
  const [note, setNote] = useState("");
  const [noteError, setNoteError] = useState<string | null>(null);
  // Where focus goes after the step changes; null on first render so nothing moves on page load.
  // (A server error focuses itself when it appears.)
  const [focusTarget, setFocusTarget] = useState<"trigger" | "note" | "sent" | null>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const sentRef = useRef<HTMLDivElement>(null);

  const send = useAction(sendRequest);

  useEffect(() => {
    if (!focusTarget) return;
    ({ trigger: triggerRef, note: noteRef, sent: sentRef })[focusTarget].current?.focus();
  }, [focusTarget, step, send.status]);

  // Someone who has sent a request keeps seeing what happens next, even once the outbox is full.
  const blocked = outbox.full && step !== "sent";

  if (step === "sent") {
    return (
      <div ref={sentRef} tabIndex={-1} role="status" className="rounded-xl focus:outline-none focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-focus">
        <p className="flex items-start gap-2 rounded-xl bg-primary-soft p-4">
          <CircleCheck aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-primary-text" />
          <span>
            Request sent. They have 7 days to answer — you&apos;ll see it on{" "}
            <Link href="/requests" className="font-medium text-primary-text underline underline-offset-4">
              your requests page
            </Link>
            .
          </span>
        </p>
      </div>
    );
  }

  const open = () => {
    if (blocked) return;
    send.reset();
    setStep("open");
    setFocusTarget("note");
  };
  const cancel = () => {
    if (send.isPending) return;
    send.reset();
    setNoteError(null);
    setStep("closed");
    setFocusTarget("trigger");
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (send.isPending || blocked) return;
    setNoteError(null);
    setFocusTarget(null);
    // The server checks the note (length, plain text) and answers with a message for it.
    send.mutate(
      { recipientId, note },
      {
        onSuccess: () => {
          outbox.recordSent();
          setStep("sent");
          setFocusTarget("sent");
        },
        onError: (error) => {
          const forNote = fieldErrorOf(error, "note");
          if (forNote) {
            setNoteError(forNote);
            setFocusTarget("note");
          }
        },
      },
    );
  };

  const reason = blocked ? (
    <p id={reasonId} className="text-sm text-muted">
      {outboxFullReason(outbox.max)}
    </p>
  ) : null;

  if (step === "closed") {
    return (
      <div className="space-y-2">
        <Button
          ref={triggerRef}
          aria-disabled={blocked || undefined}
          aria-describedby={blocked ? reasonId : undefined}
          onClick={open}
        >
          Ask to be partners
        </Button>
        {reason}
      </div>
    );
  }

  return (
    <form
      noValidate
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === "Escape") cancel();
      }}
      aria-label={`Ask ${name} to be partners`}
      className="space-y-4 rounded-xl border border-line-strong bg-surface-2 p-4"
    >
      <CountedTextarea
        label={`A note to ${name}`}
        optional
        hint={`${name} will see your note with your request, along with your display name, intro, focus areas and languages. Never your email.`}
        max={noteMaxLength}
        value={note}
        onChange={(value) => {
          setNote(value);
          if (noteError && value.length <= noteMaxLength) setNoteError(null);
        }}
        error={noteError ?? undefined}
        inputRef={noteRef}
        rows={3}
        placeholder="For example, what you're hoping for, or when you're usually free."
      />

      {send.isError && !noteError ? <ActionError error={send.error} /> : null}

      <div className="flex flex-col gap-3 min-[420px]:flex-row min-[420px]:items-center">
        <Button type="submit" disabled={send.isPending} aria-disabled={blocked || undefined} aria-describedby={blocked ? reasonId : undefined}>
          <Send aria-hidden="true" />
          {send.isPending ? "Sending…" : "Send request"}
        </Button>
        <Button variant="quiet" onClick={cancel} disabled={send.isPending}>
          Cancel
        </Button>
      </div>
      {reason}
      <p aria-live="polite" className="sr-only">
        {send.isPending ? "Sending your request…" : ""}
      </p>
    </form>
  );
}
