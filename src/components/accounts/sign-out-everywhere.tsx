"use client";

import { useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { errorMessage } from "@/components/forms/error-message";
import { useAction } from "@/components/forms/use-action";
import { Button } from "@/components/ui/button";
import { signOutEverywhere as signOutEverywhereAction } from "./actions";

/**
 * "Sign out everywhere", with an inline confirmation step. Every other device is signed out on
 * its next request; this browser gets a fresh session and stays signed in.
 */
export function SignOutEverywhere() {
  const signOutEverywhere = useAction(signOutEverywhereAction);
  const [confirming, setConfirming] = useState(false);
  // Where focus goes after the step changes; null on first render so nothing moves on page load.
  const [focusTarget, setFocusTarget] = useState<"confirm" | "trigger" | "result" | null>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusTarget === "confirm") confirmRef.current?.focus();
    else if (focusTarget === "trigger") triggerRef.current?.focus();
    else if (focusTarget === "result") resultRef.current?.focus();
  }, [focusTarget, confirming, signOutEverywhere.status]);

  const start = () => {
    signOutEverywhere.reset();
    setConfirming(true);
    setFocusTarget("confirm");
  };
  const cancel = () => {
    setConfirming(false);
    setFocusTarget("trigger");
  };
  const confirm = () => {
    signOutEverywhere.mutate(undefined, {
      onSettled: () => {
        setConfirming(false);
        setFocusTarget("result");
      },
    });
  };

  return (
    <div className="space-y-4">
      {signOutEverywhere.isSuccess ? (
        <Alert ref={resultRef} tabIndex={-1} tone="success" className="focus:outline-none">
          <p>Other devices have been signed out. You&apos;re still signed in here.</p>
        </Alert>
      ) : null}
      {signOutEverywhere.isError ? (
        <Alert ref={resultRef} tabIndex={-1} tone="attention" role="alert" className="focus:outline-none">
          <p>{errorMessage(signOutEverywhere.error)}</p>
        </Alert>
      ) : null}

      {confirming ? (
        <div
          ref={confirmRef}
          tabIndex={-1}
          role="group"
          aria-labelledby="sign-out-everywhere-question"
          onKeyDown={(event) => {
            if (event.key === "Escape" && !signOutEverywhere.isPending) cancel();
          }}
          className="space-y-4 rounded-xl border border-line-strong bg-surface-2 p-4 focus:outline-none focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-focus"
        >
          <p id="sign-out-everywhere-question" className="font-semibold">
            Sign out every other device?
          </p>
          <p className="text-muted">
            Anyone using Tandem on another phone, tablet or computer with your account will need your password to get back in. You&apos;ll
            stay signed in here.
          </p>
          <div className="flex flex-col gap-3 min-[420px]:flex-row">
            <Button variant="danger" onClick={confirm} disabled={signOutEverywhere.isPending}>
              {signOutEverywhere.isPending ? "Signing out other devices…" : "Yes, sign out other devices"}
            </Button>
            <Button variant="quiet" onClick={cancel} disabled={signOutEverywhere.isPending}>
              Cancel
            </Button>
          </div>
        </div>
      ) : (
        <Button ref={triggerRef} variant="secondary" onClick={start}>
          Sign out everywhere
        </Button>
      )}
    </div>
  );
}
