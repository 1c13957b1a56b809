"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useFocusOnMount } from "@/components/accounts/focus-on-mount";
import { Button } from "@/components/ui/button";

export type InlineConfirmProps = {
  question: string;
  /** What will happen, said before the button is pressed. */
  children: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  cancelLabel: string;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/** A confirmation step in place of the button that opened it. Takes focus when it appears; Escape cancels. */
export function InlineConfirm({ question, children, confirmLabel, pendingLabel, cancelLabel, pending, onConfirm, onCancel }: InlineConfirmProps) {
  const id = useId();
  const focusRef = useFocusOnMount<HTMLDivElement>();
  return (
    <div
      ref={focusRef}
      tabIndex={-1}
      role="group"
      aria-labelledby={`${id}-question`}
      onKeyDown={(event) => {
        if (event.key === "Escape" && !pending) onCancel();
      }}
      className="space-y-3 rounded-xl border border-line-strong bg-surface-2 p-4 focus:outline-none focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-focus"
    >
      <p id={`${id}-question`} className="font-semibold">
        {question}
      </p>
      <div className="space-y-2 text-muted">{children}</div>
      <div className="flex flex-col gap-3 min-[420px]:flex-row">
        <Button variant="secondary" onClick={onConfirm} disabled={pending}>
          {pending ? pendingLabel : confirmLabel}
        </Button>
        <Button variant="quiet" onClick={onCancel} disabled={pending}>
          {cancelLabel}
        </Button>
      </div>
    </div>
  );
}

/**
 * Whether the confirmation step is open, and the ref for the button that opens it: cancelling puts
 * focus back on that button (but nothing moves on first render).
 */
export function useConfirmStep() {
  const [confirming, setConfirming] = useState(false);
  const returnFocus = useRef(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming || !returnFocus.current) return;
    returnFocus.current = false;
    triggerRef.current?.focus();
  }, [confirming]);
  return {
    confirming,
    triggerRef,
    open: () => setConfirming(true),
    cancel: () => {
      returnFocus.current = true;
      setConfirming(false);
    },
  };
}
