"use client";

import { CircleCheck } from "lucide-react";
import { useAction } from "@/components/forms/use-action";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { verifyEmail } from "./actions";
import { useFocusOnMount } from "./focus-on-mount";
import { readLinkError } from "./link-errors";
import { OutcomePanel } from "./outcome-panel";

/**
 * Confirms an email address from the emailed link, but only when the member presses the button:
 * mail scanners open links too, and must not use up the token.
 */
export function VerifyEmail({ token }: { token: string | null }) {
  const verify = useAction(verifyEmail);
  const focusAlert = useFocusOnMount<HTMLDivElement>();

  if (verify.isSuccess) {
    return (
      <OutcomePanel title="Your email is confirmed." icon={CircleCheck}>
        <p>Thank you. When you&apos;re ready, you can look for a partner and answer requests.</p>
        <div className="pt-2">
          <ButtonLink href="/dashboard">Go to your dashboard</ButtonLink>
        </div>
      </OutcomePanel>
    );
  }

  if (!token) {
    return (
      <>
        <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Confirm your email</h1>
        <div className="mt-4 space-y-4 text-lg">
          <p>
            This page works with the link in the email we sent you. Open that link and it will bring you back here, ready to confirm.
          </p>
          <p className="text-muted">
            If the link was split across two lines, copy the whole of it into your browser. Can&apos;t find the email? Sign in and ask for
            a new link from your dashboard.
          </p>
        </div>
        <div className="mt-8">
          <ButtonLink href="/signin">Go to sign in</ButtonLink>
        </div>
      </>
    );
  }

  const failure = verify.isError ? readLinkError(verify.error) : null;

  return (
    <>
      <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Confirm your email</h1>
      {failure?.linkProblem ? null : (
        <p className="mt-4 text-lg">Press the button to finish confirming your email address. You only need to do this once.</p>
      )}

      {failure ? (
        <Alert ref={failure.linkProblem ? focusAlert : undefined} tabIndex={-1} tone="attention" role="alert" className="mt-6 focus:outline-none">
          <p>{failure.message}</p>
          {failure.linkProblem ? <p>Sign in and ask for a new link from your dashboard.</p> : null}
        </Alert>
      ) : null}

      <div className="mt-8 flex flex-col gap-3 min-[420px]:flex-row">
        {failure?.linkProblem ? (
          <ButtonLink href="/signin">Go to sign in</ButtonLink>
        ) : (
          <Button size="lg" disabled={verify.isPending} onClick={() => verify.mutate({ token })}>
            {verify.isPending ? "Confirming…" : "Confirm my email"}
          </Button>
        )}
      </div>
    </>
  );
}
