"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { errorMessage } from "@/components/forms/error-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/trpc/client";

/** "Suggest a change": opens the amendment draft (seeded on the server from the version in force) and goes to it. */
export function OpenAmendment({ partnershipId, partnerName }: { partnershipId: string; partnerName: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const agreementPath = `/partnerships/${encodeURIComponent(partnershipId)}/agreement`;
  const open = useMutation(
    trpc.agreement.openAmendment.mutationOptions({
      onSuccess: () => {
        router.push(agreementPath);
        router.refresh();
      },
    }),
  );
  return (
    <div className="space-y-3">
      <p className="text-muted">
        Want to change something? Start a change and write it together with {partnerName}. This version stays in force until you&apos;ve both signed
        the new one.
      </p>
      <Button variant="secondary" onClick={() => open.mutate({ partnershipId })} disabled={open.isPending}>
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
