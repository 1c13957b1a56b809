"use client";

import { createContext, useContext, useId, useState, type ReactNode } from "react";
import { useFocusOnMount } from "@/components/accounts/focus-on-mount";
import { ActionError } from "@/components/requests/action-error";
import { Alert } from "@/components/ui/alert";
import { useAction } from "@/components/forms/use-action";
import { Button } from "@/components/ui/button";
import { passOn, suggestAgain } from "./actions";

type PassState = { pass: () => void; pending: boolean; error: unknown };
const PassContext = createContext<PassState | null>(null);

/** The pass action of the suggestion around it (see `PassableSuggestion`). */
export function usePass(): PassState {
  const state = useContext(PassContext);
  if (!state) throw new Error("usePass needs a PassableSuggestion around it");
  return state;
}

/** Said in the card's place once the member has passed, and focused; "Undo" brings the card back. */
function Passed({ name, onUndo, undoing, error }: { name: string; onUndo: () => void; undoing: boolean; error: unknown }) {
  const focusRef = useFocusOnMount<HTMLDivElement>();
  return (
    <Alert ref={focusRef} tabIndex={-1} tone="success" role="status" className="space-y-3 focus:outline-none">
      <p>
        You passed on {name}. We won&apos;t suggest them to you for a while, and they aren&apos;t told. You can change your mind under
        &ldquo;People you passed on&rdquo;.
      </p>
      {error ? <ActionError error={error} /> : null}
      <Button variant="secondary" size="sm" onClick={onUndo} disabled={undoing}>
        {undoing ? "Undoing…" : `Undo, keep ${name}`}
      </Button>
    </Alert>
  );
}

/**
 * One suggestion that can be passed on ("Not for me"): once passed, a short note takes the card's
 * place (with Undo) until the page is next loaded, when the person is simply not there.
 */
export function PassableSuggestion({ memberId, name, children }: { memberId: string; name: string; children: ReactNode }) {
  const [passed, setPassed] = useState(false);
  const pass = useAction(passOn);
  const unpass = useAction(suggestAgain);

  if (passed) return <Passed name={name} onUndo={() => unpass.mutate({ memberId }, { onSuccess: () => setPassed(false) })} undoing={unpass.isPending} error={unpass.error} />;
  return (
    <PassContext.Provider value={{ pass: () => pass.mutate({ memberId }, { onSuccess: () => setPassed(true) }), pending: pass.isPending, error: pass.error }}>
      {children}
    </PassContext.Provider>
  );
}

/** "Not for me": a quiet button inside the card's "More about …". */
export function PassButton({ name }: { name: string }) {
  const { pass, pending, error } = usePass();
  const hintId = useId();
  return (
    <div className="space-y-1">
      <Button variant="quiet" size="sm" onClick={() => !pending && pass()} aria-disabled={pending || undefined} aria-describedby={hintId}>
        {pending ? "Passing…" : "Not for me"}
        <span className="sr-only"> (pass on {name})</span>
      </Button>
      <p id={hintId} className="px-3 text-sm text-muted">
        Hides {name} from your suggestions. They aren&apos;t told.
      </p>
      {error ? <ActionError error={error} /> : null}
    </div>
  );
}
