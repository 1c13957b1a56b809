"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useAction } from "@/components/forms/use-action";
import { Button } from "@/components/ui/button";
import { ActionError } from "./action-error";
import { acceptRequest, declineRequest } from "./actions";
import { InlineConfirm, useConfirmStep } from "./inline-confirm";
import { usePageStatus } from "./page-status";

/**
 * "Accept" and "Not right now" for a request someone sent. Accepting opens the new partnership;
 * "Not right now" asks once more, then the request leaves the list with a quiet confirmation.
 */
export function AnswerRequest({ requestId, name }: { requestId: string; name: string }) {
  const router = useRouter();
  const announce = usePageStatus();
  const { confirming, triggerRef, open: openConfirm, cancel: cancelConfirm } = useConfirmStep();

  const accept = useAction(acceptRequest);
  const decline = useAction(declineRequest);
  const onDeclined = () => {
    announce(
      <>
        <p>
          You said not right now to {name}. They&apos;ll only see &ldquo;This match isn&apos;t available right now&rdquo;, never a reason.
        </p>
        <p>
          Whenever you&apos;re ready, <Link href="/matches">your suggestions</Link> are there.
        </p>
      </>,
    );
    router.refresh();
  };

  // After success the page is on its way elsewhere (or refreshing): keep the buttons resting.
  const accepting = accept.isPending || accept.isSuccess;
  const declining = decline.isPending || decline.isSuccess;
  const busy = accepting || declining;
  const error = accept.isError ? accept.error : decline.isError ? decline.error : null;

  return (
    <div className="space-y-3">
      <p className="text-sm text-muted">
        Accepting starts a partnership with {name}: you&apos;ll write your agreement together before any check-ins begin. {name} will see that
        you said yes.
      </p>
      {confirming ? (
        <InlineConfirm
          question={`Say “not right now” to ${name}?`}
          confirmLabel="Yes, not right now"
          pendingLabel="Saving your answer…"
          cancelLabel="Keep the request"
          pending={declining}
          onConfirm={() => {
            accept.reset();
            decline.mutate({ requestId }, { onSuccess: onDeclined });
          }}
          onCancel={() => {
            decline.reset();
            cancelConfirm();
          }}
        >
          <p>
            {name} won&apos;t be told why. On their requests page it will only say &ldquo;This match isn&apos;t available right now&rdquo;. You
            can&apos;t undo this.
          </p>
        </InlineConfirm>
      ) : (
        <div className="flex flex-col gap-3 min-[420px]:flex-row">
          <Button
            onClick={() => {
              decline.reset();
              accept.mutate({ requestId }, { onSuccess: ({ partnershipId }) => router.push(`/partnerships/${partnershipId}`) });
            }}
            disabled={busy}
          >
            {accepting ? "Accepting…" : "Accept"}
          </Button>
          <Button
            ref={triggerRef}
            variant="secondary"
            onClick={() => {
              accept.reset();
              openConfirm();
            }}
            disabled={busy}
          >
            Not right now
          </Button>
        </div>
      )}
      {error ? <ActionError error={error} /> : null}
      <p aria-live="polite" className="sr-only">
        {accept.isSuccess ? "Accepted. Opening your partnership…" : ""}
      </p>
    </div>
  );
}
