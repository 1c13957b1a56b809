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

const frame = "mx-auto w-full px-4 sm:px-6";

/** Every width's classes, for the check that callers' classes never fight them (class-conflicts.test.ts). */
export const containerClasses = Object.values(widths).map((width) => `${frame} ${width}`);

type ContainerProps = ComponentProps<"div"> & { width?: keyof typeof widths };

/** Centres content with comfortable side padding that still works on a 360 px phone. */
export function Container({ width = "page", className, ...props }: ContainerProps) {
  return <div className={cn(frame, widths[width], className)} {...props} />;
}
