import type { ComponentProps } from "react";

/** Tandem's mark: two rings side by side. Decorative; pair it with the word "Tandem". */
export function LogoMark(props: ComponentProps<"svg">) {
  return (
    <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false" {...props}>
      <rect width="32" height="32" rx="8" className="fill-primary" />
      <circle cx="12.5" cy="16" r="6.5" fill="none" strokeWidth="2.5" className="stroke-primary-fg" />
      <circle cx="19.5" cy="16" r="6.5" fill="none" strokeWidth="2.5" className="stroke-primary-fg" />
    </svg>
  );
}
