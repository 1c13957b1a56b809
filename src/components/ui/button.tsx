import Link from "next/link";
import type { ComponentProps } from "react";
import { cn } from "./cn";

export type ButtonVariant = "primary" | "secondary" | "quiet" | "danger";
export type ButtonSize = "sm" | "md" | "lg";

const base =
  "inline-flex items-center justify-center gap-2 rounded-xl font-medium text-center no-underline " +
  "transition-colors duration-150 select-none " +
  "focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-focus " +
  "disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-not-allowed aria-disabled:opacity-60 " +
  "[&_svg]:size-5 [&_svg]:shrink-0";

const variants: Record<ButtonVariant, string> = {
  /** The one main action on a screen. */
  primary: "bg-primary text-primary-fg hover:bg-primary-hover shadow-sm",
  /** Alternatives to the main action. */
  secondary: "border border-line-strong bg-surface text-fg hover:bg-surface-2",
  /** Low-emphasis actions: cancel, back, "not now". */
  quiet: "text-primary-text underline-offset-4 hover:bg-primary-soft hover:underline",
  /** Destructive actions stay visually quiet (VOICE.md) — always pair them with a confirmation step. */
  danger: "border border-line-strong bg-surface text-danger hover:bg-danger-soft",
};

/* Every size keeps a tap target of at least 44 × 44 px. */
const sizes: Record<ButtonSize, string> = {
  sm: "min-h-11 min-w-11 px-3 text-sm",
  md: "min-h-11 min-w-11 px-5 text-base",
  lg: "min-h-12 min-w-12 px-6 text-lg",
};

export type ButtonStyleOptions = {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Stretch to the container's width (handy on phones). */
  fullWidth?: boolean;
  className?: string;
};

/** The class string for a button look, for the rare element that is neither `<button>` nor a link. */
export function buttonClasses({ variant = "primary", size = "md", fullWidth = false, className }: ButtonStyleOptions = {}): string {
  return cn(base, variants[variant], sizes[size], fullWidth && "w-full", className);
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
