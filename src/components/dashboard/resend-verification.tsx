"use client";

import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";
import { useTRPC } from "@/trpc/client";

function messageOf(error: unknown): string {
  if (error instanceof TRPCClientError) return error.message;
  return "We couldn't reach Tandem. Check your connection and try again.";
}

/** "Send a new link": emails a fresh confirmation link and says, in words, what happened. */
export function ResendVerification() {
  const trpc = useTRPC();
  const router = useRouter();
  const resend = useMutation(
    trpc.account.resendVerification.mutationOptions({
      onSuccess: (result) => {
        // Confirmed in another tab meanwhile: show the dashboard as it is now.
        if (result.status === "already-verified") router.refresh();
      },
    }),
  );

  const sent = resend.data?.status === "sent";
  const alreadyVerified = resend.data?.status === "already-verified";

  return (
    <div className="space-y-2 pt-1">
      {sent || alreadyVerified ? null : (
        <Button variant="secondary" onClick={() => resend.mutate()} disabled={resend.isPending}>
          {resend.isPending ? "Sending…" : "Send a new link"}
        </Button>
      )}
      <div aria-live="polite" aria-atomic="true">
        {sent ? <p className="font-semibold">Sent — check your inbox. The link lasts 24 hours.</p> : null}
        {alreadyVerified ? <p className="font-semibold">Your email is already confirmed.</p> : null}
        {resend.isError ? <FieldError>{messageOf(resend.error)}</FieldError> : null}
      </div>
    </div>
  );
}
