"use client";

import { CheckCheck } from "lucide-react";
import { useRouter } from "next/navigation";
import { useFocusOnMount } from "@/components/accounts/focus-on-mount";
import { useAction } from "@/components/forms/use-action";
import { ActionError } from "@/components/requests/action-error";
import { Button } from "@/components/ui/button";
import { markRead as markReadAction } from "./actions";

function Done() {
  // The button is gone once everything is read, so focus moves to what replaced it.
  const focusRef = useFocusOnMount<HTMLParagraphElement>();
  return (
    <p ref={focusRef} tabIndex={-1} className="flex items-center gap-2 font-medium focus:outline-none">
      <CheckCheck aria-hidden="true" className="size-5 shrink-0 text-primary-text" />
      Everything is marked as read.
    </p>
  );
}

/**
 * "Mark all as read", while anything is unread: clears the marks here and the count in the
 * header (the page is refreshed), then says it's done.
 */
export function MarkAllRead({ unread }: { unread: number }) {
  const router = useRouter();
  const markRead = useAction(markReadAction);
  const pending = markRead.isPending;

  return (
    <div className="mt-6 space-y-3 empty:hidden">
      {unread > 0 ? (
        <Button variant="secondary" onClick={() => markRead.mutate({}, { onSuccess: () => router.refresh() })} disabled={pending}>
          <CheckCheck aria-hidden="true" />
          {pending ? "Marking as read…" : "Mark all as read"}
        </Button>
      ) : null}
      <div role="status">{unread === 0 && markRead.isSuccess ? <Done /> : null}</div>
      {markRead.isError ? <ActionError error={markRead.error} /> : null}
    </div>
  );
}
