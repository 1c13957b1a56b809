"use client";

import { useState } from "react";
import { errorMessage } from "@/components/forms/error-message";
import { InlineConfirm } from "@/components/requests/inline-confirm";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/forms/use-action";
import { withdrawAmendment } from "./actions";

/** Either partner may drop the change; confirmed first, as every undoing action is. */
export function WithdrawAmendment({ partnershipId, partnerName, inForceNumber, onDone }: { partnershipId: string; partnerName: string; inForceNumber: number; onDone: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const withdraw = useAction(withdrawAmendment);
  if (!confirming) {
    return (
      <Button variant="quiet" onClick={() => setConfirming(true)}>
        Withdraw this change
      </Button>
    );
  }
  return (
    <div className="w-full space-y-3">
      <InlineConfirm
        question="Withdraw this change?"
        confirmLabel="Withdraw the change"
        pendingLabel="Withdrawing…"
        cancelLabel="Keep working on it"
        pending={withdraw.isPending}
        onConfirm={() => withdraw.mutate({ partnershipId }, { onSuccess: onDone })}
        onCancel={() => setConfirming(false)}
      >
        <p>
          Version {inForceNumber} stays in force, exactly as it is. {partnerName} will see that the change was withdrawn, and either of you can start
          a new one later.
        </p>
      </InlineConfirm>
      {withdraw.error ? (
        <Alert tone="attention" role="alert">
          {errorMessage(withdraw.error)}
        </Alert>
      ) : null}
    </div>
  );
}
