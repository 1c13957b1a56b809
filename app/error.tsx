"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import { buttonLook } from "@/components/ui/button-look";

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    console.error(error);
    // Move focus so keyboard and screen-reader users learn the page changed.
    headingRef.current?.focus();
  }, [error]);

  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;

  // Every page loads this boundary, so it uses plain class strings (Container's and Button's looks)
  // rather than the components, to stay small.
  return (
    <div className="mx-auto w-full max-w-2xl px-4 py-16 sm:px-6 sm:py-24">
      <h1 ref={headingRef} tabIndex={-1} className="text-4xl font-semibold tracking-tight focus:outline-none">
        This page didn&apos;t load
      </h1>
      <p className="mt-4 text-lg text-muted">
        Something went wrong on our side. Your saved work is safe. Try again, and if it keeps happening, come back
        in a few minutes.
      </p>
      <div className="mt-8 flex flex-col gap-3 min-[420px]:flex-row">
        <button type="button" className={buttonLook()} onClick={() => retry()}>
          Try again
        </button>
        <Link
          href="/"
          className="inline-flex min-h-11 items-center justify-center rounded-xl px-5 font-medium text-primary-text underline"
        >
          Go to the home page
        </Link>
      </div>
      <p className="mt-10">
        If you need support right now,{" "}
        <Link href="/help" className="font-medium text-primary-text underline">
          get help now
        </Link>
        .
      </p>
      {digest ? <p className="mt-6 text-sm text-muted">Reference: {digest}</p> : null}
    </div>
  );
}
