"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId } from "react";
import { cn } from "@/components/ui/cn";
import { FieldError } from "@/components/ui/field";
import { errorMessage } from "@/components/forms/error-message";
import { useAction } from "@/components/forms/use-action";
import { setOpenToMatching } from "./actions";

/**
 * "Open to matching" as a switch, with the state in words beside it ("On — we can suggest you")
 * and what it means above it. Turning it on needs a confirmed email; until then the switch says so
 * and stays off.
 */
export function OpenToMatchingSwitch({
  open,
  emailVerified,
  onDashboard = false,
}: {
  open: boolean;
  emailVerified: boolean;
  /** On the dashboard the "send a new link" button is already on the page. */
  onDashboard?: boolean;
}) {
  const router = useRouter();
  const id = useId();
  const ids = { label: `${id}-label`, state: `${id}-state`, needs: `${id}-needs`, error: `${id}-error` };
  const change = useAction(setOpenToMatching);
  const current = change.data?.openToMatching ?? open;
  const blocked = !current && !emailVerified;
  const pending = change.isPending;

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <span id={ids.label} className="font-semibold">
          Open to matching
        </span>
        <button
          type="button"
          role="switch"
          aria-checked={current}
          aria-labelledby={ids.label}
          aria-describedby={[ids.state, blocked ? ids.needs : null, change.isError ? ids.error : null].filter(Boolean).join(" ")}
          aria-disabled={blocked || pending || undefined}
          onClick={() => {
            if (blocked || pending) return;
            change.mutate({ open: !current }, { onSuccess: () => router.refresh() });
          }}
          className={cn(
            "group inline-flex min-h-11 cursor-pointer items-center rounded-full px-1 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-focus",
            "aria-disabled:cursor-not-allowed aria-disabled:opacity-60",
          )}
        >
          <span
            aria-hidden="true"
            className={cn(
              "relative inline-block h-7 w-12 rounded-full border-2 motion-safe:transition-colors",
              current ? "border-primary bg-primary" : "border-line-strong bg-surface-2",
            )}
          >
            <span
              className={cn(
                "absolute top-0.5 size-5 rounded-full shadow-sm motion-safe:transition-[left]",
                current ? "left-[1.375rem] bg-primary-fg" : "left-0.5 bg-line-strong",
              )}
            />
          </span>
        </button>
        <span id={ids.state} aria-live="polite" className="text-fg">
          {pending ? "Saving…" : current ? "On: we can suggest you to compatible people." : "Off: you won't be suggested to anyone."}
        </span>
      </div>
      {blocked ? (
        <p id={ids.needs} className="text-sm text-muted">
          {onDashboard ? (
            "Turning this on needs a confirmed email. You can send yourself a new link from the box above."
          ) : (
            <>
              Turning this on needs a confirmed email. You can send yourself a new link from{" "}
              <Link href="/dashboard" className="font-medium text-primary-text underline underline-offset-4">
                your dashboard
              </Link>
              .
            </>
          )}
        </p>
      ) : null}
      {change.isError ? (
        <FieldError id={ids.error} role="alert">
          {errorMessage(change.error)}
        </FieldError>
      ) : null}
    </div>
  );
}
