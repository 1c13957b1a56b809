"use client";

import { useRouter } from "next/navigation";
import { useAction } from "@/components/forms/use-action";
import { ActionError } from "@/components/requests/action-error";
import { InlineConfirm, useConfirmStep } from "@/components/requests/inline-confirm";
import { usePageStatus } from "@/components/requests/page-status";
import { Button } from "@/components/ui/button";
import { unblock as unblockAction } from "./actions";

/** "Unblock" for one blocked member, confirmed once; the page then says it's done and lists the rest. */
export function UnblockButton({ memberId, name }: { memberId: string; name: string }) {
  const router = useRouter();
  const announce = usePageStatus();
  const { confirming, triggerRef, open, cancel } = useConfirmStep();
  const unblock = useAction(unblockAction);
  const pending = unblock.isPending || unblock.isSuccess;

  return (
    <div className="space-y-3">
      {confirming ? (
        <InlineConfirm
          question={`Unblock ${name}?`}
          confirmLabel={`Yes, unblock ${name}`}
          pendingLabel="Unblocking…"
          cancelLabel="Keep blocked"
          pending={pending}
          onConfirm={() =>
            unblock.mutate(
              { memberId },
              {
                onSuccess: () => {
                  announce(<p>You unblocked {name}. They haven&apos;t been told.</p>);
                  router.refresh();
                },
              },
            )
          }
          onCancel={() => {
            unblock.reset();
            cancel();
          }}
        >
          <p>They won&apos;t be told. You may see each other on Tandem again, for example in requests. Anything the block ended stays ended.</p>
        </InlineConfirm>
      ) : (
        <Button ref={triggerRef} variant="secondary" size="sm" onClick={open}>
          Unblock<span className="sr-only"> {name}</span>
        </Button>
      )}
      {unblock.isError ? <ActionError error={unblock.error} /> : null}
    </div>
  );
}
