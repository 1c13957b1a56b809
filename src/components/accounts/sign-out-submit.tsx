"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

/** The sign-out form's submit button, disabled and saying so while the sign-out runs. */
export function SignOutSubmit({ className, icon }: { className: string; icon: ReactNode }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} className={className}>
      {icon}
      {pending ? "Signing out…" : "Sign out"}
    </button>
  );
}
