import type { ComponentProps } from "react";
import { cn } from "./cn";

const widths = {
  /** Reading width for forms and long text (~65 characters). */
  prose: "max-w-2xl",
  /** Default page width. */
  page: "max-w-5xl",
  /** Wide layouts such as dashboards. */
  wide: "max-w-7xl",
} as const;

type ContainerProps = ComponentProps<"div"> & { width?: keyof typeof widths };

/** Centres content with comfortable side padding that still works on a 360 px phone. */
export function Container({ width = "page", className, ...props }: ContainerProps) {
  return <div className={cn("mx-auto w-full px-4 sm:px-6", widths[width], className)} {...props} />;
}
