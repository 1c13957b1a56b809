"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { CountedTextarea } from "@/components/onboarding/fields";
import { fieldErrorOf } from "@/components/forms/error-message";
import { useAction } from "@/components/forms/use-action";
import { ActionError } from "@/components/requests/action-error";
import { Button } from "@/components/ui/button";
import { reasonMaxLength } from "@/shared/moderation/limits";
import { unsuspend } from "./actions";

/** Lifts a member's suspension, with a reason for the audit log. Their ended partnerships stay ended. */
export function LiftSuspension({ memberId, name }: { memberId: string; name: string }) {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | undefined>();
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const lift = useAction(unsuspend);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (lift.isPending) return;
    setReasonError(undefined);
    // The server checks the reason; one it refuses is shown by the field and takes focus.
    lift.mutate(
      { memberId, reason },
      {
        onSuccess: () => router.refresh(),
        onError: (error) => {
          const forReason = fieldErrorOf(error, "reason");
          setReasonError(forReason ?? undefined);
          if (forReason) reasonRef.current?.focus();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <p>
        {name} is suspended. Lifting it lets them sign in again; partnerships that ended stay ended.
      </p>
      <CountedTextarea label="Why lift it" hint="Kept in the audit log with your name and the time." max={reasonMaxLength} value={reason} onChange={setReason} error={reasonError} inputRef={reasonRef} />
      {lift.isError && !reasonError ? <ActionError error={lift.error} /> : null}
      <Button type="submit" variant="secondary" disabled={lift.isPending}>
        {lift.isPending ? "Lifting…" : "Lift the suspension"}
      </Button>
    </form>
  );
}
