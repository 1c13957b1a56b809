"use client";

import { LogOut } from "lucide-react";
import { useFormStatus } from "react-dom";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { signOutAction } from "./sign-out-action";

export type SignOutButtonProps = {
  variant?: ButtonVariant;
  size?: "sm" | "md";
  className?: string;
  /** Show the door icon before the words. */
  withIcon?: boolean;
};

/** A small form with one button, "Sign out": ends this browser's session and returns home. */
export function SignOutButton({ variant = "secondary", size = "md", className, withIcon = false }: SignOutButtonProps) {
  return (
    <form action={signOutAction} className="contents">
      <SignOutSubmit variant={variant} size={size} className={className} withIcon={withIcon} />
    </form>
  );
}

function SignOutSubmit({ variant, size, className, withIcon }: Required<Omit<SignOutButtonProps, "className">> & { className?: string }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant={variant} size={size} disabled={pending} className={cn(className)}>
      {withIcon ? <LogOut aria-hidden="true" /> : null}
      {pending ? "Signing out…" : "Sign out"}
    </Button>
  );
}
