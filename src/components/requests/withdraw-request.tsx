"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/trpc/client";
import { ActionError } from "./action-error";
import { InlineConfirm } from "./inline-confirm";
import { usePageStatus } from "./page-status";

/** "Withdraw" for a request the member sent and that still waits for an answer, confirmed once. */
export function WithdrawRequest({ requestId, name }: { requestId: string; name: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const announce = usePageStatus();
  const [confirming, setConfirming] = useState(false);
  // Cancelling the confirmation puts focus back on the button that opened it.
  const returnFocus = useRef(false);
  const triggerRef = useRef<HTMLButtonElement>(null);

  const withdraw = useMutation(
    trpc.requests.withdraw.mutationOptions({
      onSuccess: () => {
        announce(
          <p>
            Your request to {name} is withdrawn. Want to look at <Link href="/matches">other suggestions</Link>?
          </p>,
        );
        router.refresh();
      },
    }),
  );

  useEffect(() => {
    if (confirming || !returnFocus.current) return;
    returnFocus.current = false;
    triggerRef.current?.focus();
  }, [confirming]);

  const pending = withdraw.isPending || withdraw.isSuccess;

  return (
    <div className="space-y-3">
      {confirming ? (
        <InlineConfirm
          question={`Withdraw your request to ${name}?`}
          confirmLabel="Yes, withdraw it"
          pendingLabel="Withdrawing…"
          cancelLabel="Keep my request"
          pending={pending}
          onConfirm={() => withdraw.mutate({ requestId })}
          onCancel={() => {
            withdraw.reset();
            returnFocus.current = true;
            setConfirming(false);
          }}
        >
          <p>It will quietly leave {name}&apos;s requests, so they won&apos;t be able to accept it.</p>
        </InlineConfirm>
      ) : (
        <Button ref={triggerRef} variant="secondary" onClick={() => setConfirming(true)}>
          Withdraw
        </Button>
      )}
      {withdraw.isError ? <ActionError error={withdraw.error} /> : null}
    </div>
  );
}
