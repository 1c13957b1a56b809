"use client";

import Link from "next/link";
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";

/** How many of the member's requests wait for an answer, against the most they may have at once. */
export type Outbox = { pending: number; max: number };

type OutboxState = Outbox & { full: boolean; recordSent: () => void };

const OutboxContext = createContext<OutboxState | null>(null);

/**
 * Shares the member's outbox between the suggestion cards, so a request sent from one card
 * counts at once for the others (the page isn't reloaded after sending, so the card can say
 * what happened).
 */
export function OutboxProvider({ initial, children }: { initial: Outbox; children: ReactNode }) {
  const [pending, setPending] = useState(initial.pending);
  const recordSent = useCallback(() => setPending((n) => n + 1), []);
  const value = useMemo(() => ({ pending, max: initial.max, full: pending >= initial.max, recordSent }), [pending, initial.max, recordSent]);
  return <OutboxContext.Provider value={value}>{children}</OutboxContext.Provider>;
}

export function useOutbox(): OutboxState {
  const outbox = useContext(OutboxContext);
  if (!outbox) throw new Error("useOutbox needs an OutboxProvider above it.");
  return outbox;
}

/** Why the "Ask to be partners" buttons are resting, in words; shown beside each one. */
export function outboxFullReason(max: number): string {
  return `You have ${max} requests waiting for an answer, the most you can have at once. You can ask someone new when one is answered, or if you withdraw one.`;
}

/** The gentle note at the top of the suggestions while the member's outbox is full. */
export function OutboxNote() {
  const { full, max } = useOutbox();
  return (
    <div role="status" className="max-w-2xl not-empty:mt-6">
      {full ? (
        <Alert tone="info" role="none" title={`You have ${max} requests waiting for an answer`}>
          <p>
            That&apos;s the most anyone can have at once, so nobody feels rushed. You can ask someone new when one is answered, or if you
            withdraw one on <Link href="/requests">your requests page</Link>.
          </p>
          <p>People have 7 days to answer. There&apos;s no hurry on your side either.</p>
        </Alert>
      ) : null}
    </div>
  );
}
