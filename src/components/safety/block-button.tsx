"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { useFocusOnMount } from "@/components/accounts/focus-on-mount";
import { useAction } from "@/components/forms/use-action";
import { ActionError } from "@/components/requests/action-error";
import { InlineConfirm, useConfirmStep } from "@/components/requests/inline-confirm";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { block as blockAction } from "./actions";

/** Said once blocking is done, and focused, before the page moves on without them. */
function Blocked({ name, onDone }: { name: string; onDone: () => void }) {
  const focusRef = useFocusOnMount<HTMLDivElement>();
  return (
    <Alert ref={focusRef} tabIndex={-1} tone="success" role="status" className="space-y-3 focus:outline-none">
      <p>
        You&apos;ve blocked {name}. They haven&apos;t been told, and you won&apos;t see each other on Tandem any more. You can change this in{" "}
        <Link href="/settings/blocked">your blocked members</Link>.
      </p>
      <Button variant="secondary" size="sm" onClick={onDone}>
        Done
      </Button>
    </Alert>
  );
}

/**
 * "Block" (with `beside` next to it, e.g. "Report"): a quiet button, then a confirmation that says plainly what happens before anything
 * does, then a calm note. "Done" reloads the page (or goes to `leaveTo`, for a page that would
 * no longer be found), where the blocked member no longer appears.
 */
export function BlockButton({ memberId, name, leaveTo, beside }: { memberId: string; name: string; leaveTo?: string; beside?: ReactNode }) {
  const router = useRouter();
  const { confirming, triggerRef, open, cancel } = useConfirmStep();
  const block = useAction(blockAction);

  if (block.isSuccess) {
    return <Blocked name={name} onDone={() => (leaveTo ? router.push(leaveTo) : router.refresh())} />;
  }

  return (
    <div className="space-y-3">
      {confirming ? (
        <InlineConfirm
          question={`Block ${name}?`}
          confirmLabel={`Yes, block ${name}`}
          pendingLabel="Blocking…"
          cancelLabel="Don't block"
          pending={block.isPending}
          onConfirm={() => block.mutate({ memberId })}
          onCancel={() => {
            block.reset();
            cancel();
          }}
        >
          <p>They won&apos;t be told. You won&apos;t see each other anywhere on Tandem, and any partnership between you ends.</p>
          <p>Any request between you is closed too. You can unblock them later in your settings, but what ended stays ended.</p>
        </InlineConfirm>
      ) : (
        <div className="flex flex-wrap items-center gap-2">
          <Button ref={triggerRef} variant="quiet" size="sm" onClick={open}>
            Block<span className="sr-only"> {name}</span>
          </Button>
          {beside}
        </div>
      )}
      {block.isError ? <ActionError error={block.error} /> : null}
    </div>
  );
}
