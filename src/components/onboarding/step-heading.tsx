"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * The page's one h1. When a step opens and focus has nowhere to be (the Next button or link that
 * was pressed has gone with the previous page), focus moves here, so keyboard and screen reader
 * users start at the top of the new step.
 */
export function StepHeading({ children, className }: { children: ReactNode; className?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className={["text-3xl font-semibold tracking-tight focus:outline-none sm:text-4xl", className].filter(Boolean).join(" ")}>
      {children}
    </h1>
  );
}
