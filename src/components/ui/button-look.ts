/*
 * A button's classes without overrides; their parts never conflict (button-look.test.ts).
 * `buttonClasses` in button.tsx adds a caller's own classes (see cn.ts for the rule).
 */

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

export function buttonLook(variant: ButtonVariant = "primary", size: ButtonSize = "md"): string {
  return `${base} ${variants[variant]} ${sizes[size]}`;
}
