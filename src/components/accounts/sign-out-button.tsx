import { LogOut } from "lucide-react";
import { buttonClasses, type ButtonVariant } from "@/components/ui/button";
import { SignOutSubmit } from "./sign-out-submit";
import { signOutAction } from "./sign-out-action";

export type SignOutButtonProps = {
  variant?: ButtonVariant;
  size?: "sm" | "md";
  className?: string;
  /** Show the door icon before the words. */
  withIcon?: boolean;
};

/**
 * A small form with one button, "Sign out": ends this browser's session and returns home. A server
 * component; only the pending state runs in the browser.
 */
export function SignOutButton({ variant = "secondary", size = "md", className, withIcon = false }: SignOutButtonProps) {
  return (
    <form action={signOutAction} className="contents">
      <SignOutSubmit className={buttonClasses({ variant, size, className })} icon={withIcon ? <LogOut aria-hidden="true" /> : null} />
    </form>
  );
}
