"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useAction } from "@/components/forms/use-action";
import { Button } from "@/components/ui/button";
import { ActionError } from "./action-error";
import { withdrawRequest } from "./actions";
import { InlineConfirm, useConfirmStep } from "./inline-confirm";
import { usePageStatus } from "./page-status";

/** "Withdraw" for a request the member sent and that still waits for an answer, confirmed once. */
export function WithdrawRequest({ requestId, name }: { requestId: string; name: string }) {
  const router = useRouter();
  const announce = usePageStatus();
  const { confirming, triggerRef, open: openConfirm, cancel: cancelConfirm } = useConfirmStep();

  const withdraw = useAction(withdrawRequest);
  const onWithdrawn = () => {
    announce(
      <p>
        Your request to {name} is withdrawn. Want to look at <Link href="/matches">other suggestions</Link>?
      </p>,
    );
    router.refresh();
  };

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
          onConfirm={() => withdraw.mutate({ requestId }, { onSuccess: onWithdrawn })}
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
