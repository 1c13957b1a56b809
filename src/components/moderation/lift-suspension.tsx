"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { CountedTextarea } from "@/components/onboarding/fields";
import { fieldErrorOf } from "@/components/forms/error-message";
import { ActionError } from "@/components/requests/action-error";
import { Button } from "@/components/ui/button";
import { reasonMaxLength, zUnsuspendInput } from "@/shared/moderation/schemas";
import { useTRPC } from "@/trpc/client";

/** Lifts a member's suspension, with a reason for the audit log. Their ended partnerships stay ended. */
export function LiftSuspension({ memberId, name }: { memberId: string; name: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | undefined>();
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const lift = useMutation(
    trpc.moderation.unsuspend.mutationOptions({
      onSuccess: () => router.refresh(),
      onError: (error) => setReasonError(fieldErrorOf(error, "reason") ?? undefined),
    }),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (lift.isPending) return;
    const parsed = zUnsuspendInput.safeParse({ memberId, reason });
    if (!parsed.success) {
      setReasonError(parsed.error.issues.find((issue) => issue.path[0] === "reason")?.message ?? "Write down why, for the audit log.");
      reasonRef.current?.focus();
      return;
    }
    setReasonError(undefined);
    lift.mutate(parsed.data);
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
