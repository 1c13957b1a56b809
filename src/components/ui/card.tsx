import type { ComponentProps, HTMLAttributes } from "react";
import { cn } from "./cn";

const looks = { default: "border-line bg-surface shadow-soft", soft: "border-transparent bg-surface-2" } as const;
const card = "rounded-2xl border p-5 sm:p-6";

/** The primitives' own classes, for the check that callers' classes never fight them (class-conflicts.test.ts). */
export const cardClasses = {
  card: Object.values(looks).map((look) => `${card} ${look}`),
  title: "text-lg font-semibold text-fg",
  description: "mt-1 text-muted",
  content: "mt-4 space-y-3",
  footer: "mt-6 flex flex-wrap items-center gap-3",
};

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
      className={cn(card, looks[tone], className)}
      {...props}
    />
  );
}

type HeadingLevel = "h2" | "h3" | "h4";

/** The card's heading. Choose the level that fits the page outline (defaults to h2). */
export function CardTitle({ as: Tag = "h2", className, ...props }: ComponentProps<"h2"> & { as?: HeadingLevel }) {
  return <Tag className={cn(cardClasses.title, className)} {...props} />;
}

export function CardDescription({ className, ...props }: ComponentProps<"p">) {
  return <p className={cn(cardClasses.description, className)} {...props} />;
}

export function CardContent({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn(cardClasses.content, className)} {...props} />;
}

/** Actions at the bottom of a card; wraps on narrow screens. */
export function CardFooter({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn(cardClasses.footer, className)} {...props} />;
}
