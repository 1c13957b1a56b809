"use client";

import { useFocusOnMount } from "@/components/accounts/focus-on-mount";
import { Alert } from "@/components/ui/alert";
import { errorMessage } from "../forms/error-message";

/** A failed request action, announced at once and focused, with the server's own words. */
export function ActionError({ error }: { error: unknown }) {
  const focusRef = useFocusOnMount<HTMLDivElement>();
  return (
    <Alert ref={focusRef} tabIndex={-1} tone="attention" role="alert" className="focus:outline-none">
      <p>{errorMessage(error)}</p>
    </Alert>
  );
}
