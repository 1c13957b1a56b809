"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/trpc/client";
import { ActionError } from "./action-error";
import { InlineConfirm, useConfirmStep } from "./inline-confirm";
import { usePageStatus } from "./page-status";

/** "Withdraw" for a request the member sent and that still waits for an answer, confirmed once. */
export function WithdrawRequest({ requestId, name }: { requestId: string; name: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const announce = usePageStatus();
  const { confirming, triggerRef, open: openConfirm, cancel: cancelConfirm } = useConfirmStep();

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
            cancelConfirm();
          }}
        >
          <p>It will quietly leave {name}&apos;s requests, so they won&apos;t be able to accept it.</p>
        </InlineConfirm>
      ) : (
        <Button ref={triggerRef} variant="secondary" onClick={openConfirm}>
          Withdraw
        </Button>
      )}
      {withdraw.isError ? <ActionError error={withdraw.error} /> : null}
    </div>
  );
}
