"use client";

import { useState, type FormEvent } from "react";
import { CountedTextarea } from "@/components/onboarding/fields";
import { errorMessage, fieldErrorOf } from "@/components/forms/error-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/forms/use-action";
import { requestChanges } from "./actions";

const maxComment = 1000;

/** "Ask for changes": a note for the proposer, which sends the proposal back to the draft. */
export function AskForChanges({ partnershipId, versionId, partnerName, onDone }: { partnershipId: string; versionId: string; partnerName: string; onDone: () => void }) {
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState("");
  const ask = useAction(requestChanges);
  const fieldError = ask.error ? fieldErrorOf(ask.error, "comment") : null;

  if (!open) {
    return (
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Ask for changes
      </Button>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    ask.mutate({ partnershipId, versionId, comment }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit} className="w-full space-y-3" noValidate>
      <CountedTextarea
        label="What would you like to change?"
        hint={`${partnerName} will see your note beside the draft, and the draft opens again for you both.`}
        max={maxComment}
        value={comment}
        onChange={setComment}
        error={fieldError ?? undefined}
      />
      {ask.error && !fieldError ? (
        <Alert tone="attention" role="alert">
          {errorMessage(ask.error)}
        </Alert>
      ) : null}
      <div className="flex flex-col gap-3 min-[420px]:flex-row">
        <Button type="submit" variant="secondary" disabled={ask.isPending}>
          {ask.isPending ? "Sending…" : "Send my note"}
        </Button>
        <Button type="button" variant="quiet" onClick={() => setOpen(false)} disabled={ask.isPending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
