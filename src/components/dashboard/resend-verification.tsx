"use client";

import { useRouter } from "next/navigation";
import { errorMessage } from "@/components/forms/error-message";
import { useAction } from "@/components/forms/use-action";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";
import { resendVerification } from "@/components/accounts/actions";

/** "Send a new link": emails a fresh confirmation link and says, in words, what happened. */
export function ResendVerification() {
  const router = useRouter();
  const resend = useAction(resendVerification);

  const sent = resend.data?.status === "sent";
  const alreadyVerified = resend.data?.status === "already-verified";

  return (
    <div className="space-y-2 pt-1">
      {sent || alreadyVerified ? null : (
        <Button variant="secondary" onClick={() =>
            resend.mutate(undefined, {
              onSuccess: (result) => {
                // Confirmed in another tab meanwhile: show the dashboard as it is now.
                if (result.status === "already-verified") router.refresh();
              },
            })
          } disabled={resend.isPending}>
          {resend.isPending ? "Sending…" : "Send a new link"}
        </Button>
      )}
      <div aria-live="polite" aria-atomic="true">
        {sent ? <p className="font-semibold">Sent — check your inbox. The link lasts 24 hours.</p> : null}
        {alreadyVerified ? <p className="font-semibold">Your email is already confirmed.</p> : null}
        {resend.isError ? <FieldError>{errorMessage(resend.error)}</FieldError> : null}
      </div>
    </div>
  );
}
