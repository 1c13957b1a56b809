import Link from "next/link";
import type { ComponentProps } from "react";
import { buttonLook, type ButtonSize, type ButtonVariant } from "./button-look";
import { cn } from "./cn";

export type { ButtonSize, ButtonVariant };

export type ButtonStyleOptions = {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Stretch to the container's width (handy on phones). */
  fullWidth?: boolean;
  className?: string;
};

/** The class string for a button look, for the rare element that is neither `<button>` nor a link. */
export function buttonClasses({ variant = "primary", size = "md", fullWidth = false, className }: ButtonStyleOptions = {}): string {
  return cn(buttonLook(variant, size), fullWidth && "w-full", className);
}

export type ButtonProps = ComponentProps<"button"> & Omit<ButtonStyleOptions, "className">;

/**
 * A real `<button>` (defaults to `type="button"` so it never submits a form by accident).
 * Pass `type="submit"` inside forms. For navigation use `ButtonLink`.
 */
export function Button({ variant, size, fullWidth, className, type = "button", ...props }: ButtonProps) {
  return <button type={type} className={buttonClasses({ variant, size, fullWidth, className })} {...props} />;
}

export type ButtonLinkProps = ComponentProps<typeof Link> & Omit<ButtonStyleOptions, "className">;

/**
 * A link that looks like a button. Uses `next/link` so internal routes navigate client-side;
 * `tel:`, `sms:`, `mailto:` and external URLs work too.
 */
export function ButtonLink({ variant, size, fullWidth, className, ...props }: ButtonLinkProps) {
  return <Link className={buttonClasses({ variant, size, fullWidth, className })} {...props} />;
}
