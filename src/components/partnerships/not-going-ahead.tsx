"use client";

import { useRouter } from "next/navigation";
import { errorData } from "@/components/forms/error-message";
import { useAction } from "@/components/forms/use-action";
import { ActionError } from "@/components/requests/action-error";
import { InlineConfirm, useConfirmStep } from "@/components/requests/inline-confirm";
import { Button } from "@/components/ui/button";
import { notGoingAhead } from "./actions";

/**
 * "Decide not to go ahead" with a draft: a quiet button, then a confirmation that says what happens
 * before anything does. Once it is done (or the partner got there first) the page reloads into its
 * ended state.
 */
export function NotGoingAhead({ partnershipId, partnerName }: { partnershipId: string; partnerName: string }) {
  const router = useRouter();
  const { confirming, triggerRef, open, cancel } = useConfirmStep();
  const end = useAction(notGoingAhead);
  const confirm = () =>
    end.mutate(
      { partnershipId },
      {
        onSuccess: () => router.refresh(),
        // Already ended or started meanwhile: the page shows where it stands now.
        onError: (error) => {
          if (errorData(error)?.code === "PRECONDITION_FAILED") router.refresh();
        },
      },
    );
  const pending = end.isPending || end.isSuccess;

  return (
    <section aria-labelledby="not-going-ahead-heading" className="mt-12 space-y-3 border-t border-line pt-8">
      <h2 id="not-going-ahead-heading" className="text-lg font-semibold">
        If this doesn&apos;t feel right
      </h2>
      <p className="text-muted">Before you both sign, either of you can decide not to go ahead. You don&apos;t need to give a reason.</p>
      {confirming ? (
        <InlineConfirm
          question={`Not go ahead with ${partnerName}?`}
          confirmLabel="Yes, don't go ahead"
          pendingLabel="Closing the partnership…"
          cancelLabel="Keep drafting"
          pending={pending}
          onConfirm={confirm}
          onCancel={() => {
            end.reset();
            cancel();
          }}
        >
          <p>The partnership closes for both of you, and you both go back to matching. You won&apos;t be suggested to each other again.</p>
          <p>{partnerName} will get a short, kind note that you decided not to go ahead. No reason is asked or shared, and what you wrote together isn&apos;t shared anywhere.</p>
        </InlineConfirm>
      ) : (
        <Button ref={triggerRef} variant="secondary" onClick={open}>
          Decide not to go ahead
        </Button>
      )}
      {end.isError ? <ActionError error={end.error} /> : null}
    </section>
  );
}
