import type { ComponentProps } from "react";
import { cn } from "@/components/ui/cn";

export type IllustrationProps = Omit<ComponentProps<"svg">, "children" | "viewBox">;

/**
 * The frame every Tandem illustration shares: decorative (hidden from assistive technology, never
 * focusable), drawn only with the theme's colour utilities so light and dark themes both work.
 * Use at most one per screen, as its focal point; each stays well under 3 KB.
 */
export function Illustration({ className, viewBox, children, ...props }: ComponentProps<"svg"> & { viewBox: string }) {
  return (
    <svg
      viewBox={viewBox}
      aria-hidden="true"
      focusable="false"
      fill="none"
      strokeLinecap="round"
      strokeLinejoin="round"
      className={cn("h-auto max-w-full", className)}
      {...props}
    >
      {children}
    </svg>
  );
}
