import type { ComponentProps, HTMLAttributes } from "react";
import { cn } from "./cn";

type CardProps = HTMLAttributes<HTMLElement> & {
  /** Render as a landmark-free `section`/`article`/`li` when that suits the content better. */
  as?: "div" | "section" | "article" | "li";
  /** `soft` sits quietly on the page background (a tinted panel without a shadow). */
  tone?: "default" | "soft";
};

/** A calm surface that groups related content. */
export function Card({ as: Tag = "div", tone = "default", className, ...props }: CardProps) {
  return (
    <Tag
      className={cn(
        "rounded-2xl border p-5 sm:p-6",
        tone === "default" ? "border-line bg-surface shadow-soft" : "border-transparent bg-surface-2",
        className,
      )}
      {...props}
    />
  );
}

type HeadingLevel = "h2" | "h3" | "h4";

/** The card's heading. Choose the level that fits the page outline (defaults to h2). */
export function CardTitle({ as: Tag = "h2", className, ...props }: ComponentProps<"h2"> & { as?: HeadingLevel }) {
  return <Tag className={cn("text-lg font-semibold text-fg", className)} {...props} />;
}

export function CardDescription({ className, ...props }: ComponentProps<"p">) {
  return <p className={cn("mt-1 text-muted", className)} {...props} />;
}

export function CardContent({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("mt-4 space-y-3", className)} {...props} />;
}

/** Actions at the bottom of a card; wraps on narrow screens. */
export function CardFooter({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("mt-6 flex flex-wrap items-center gap-3", className)} {...props} />;
}
