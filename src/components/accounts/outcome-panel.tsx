"use client";

import type { LucideIcon } from "lucide-react";
import { useEffect, useRef, type ReactNode } from "react";

/**
 * What happened after a form succeeded. It replaces the form; its heading is the page's h1 and
 * takes focus, so screen readers announce the outcome.
 */
export function OutcomePanel({ title, icon: Icon, children }: { title: string; icon?: LucideIcon; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <div>
      {Icon ? (
        <span aria-hidden="true" className="mb-4 inline-flex size-12 items-center justify-center rounded-2xl bg-primary-soft text-primary-text">
          <Icon className="size-6" />
        </span>
      ) : null}
      <h1 ref={heading} tabIndex={-1} className="text-3xl font-semibold tracking-tight focus:outline-none sm:text-4xl">
        {title}
      </h1>
      <div className="mt-4 space-y-4 text-lg">{children}</div>
    </div>
  );
}
