"use client";

import { useRouter } from "next/navigation";
import { errorMessage } from "@/components/forms/error-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/forms/use-action";
import { openAmendment } from "./actions";

/** "Suggest a change": opens the amendment draft (seeded on the server from the version in force) and goes to it. */
export function OpenAmendment({ partnershipId, partnerName }: { partnershipId: string; partnerName: string }) {
  const router = useRouter();
  const agreementPath = `/partnerships/${encodeURIComponent(partnershipId)}/agreement`;
  const open = useAction(openAmendment);
  const start = () =>
    open.mutate(
      { partnershipId },
      {
        onSuccess: () => {
          router.push(agreementPath);
          router.refresh();
        },
      },
    );
  return (
    <div className="space-y-3">
      <p className="text-muted">
        Want to change something? Start a change and write it together with {partnerName}. This version stays in force until you&apos;ve both signed
        the new one.
      </p>
      <Button variant="secondary" onClick={start} disabled={open.isPending}>
        {open.isPending ? "Starting…" : "Suggest a change"}
      </Button>
      {open.error ? (
        <Alert tone="attention" role="alert">
          {errorMessage(open.error)}
        </Alert>
      ) : null}
    </div>
  );
}
