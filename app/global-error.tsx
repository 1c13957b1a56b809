"use client";

import { useEffect } from "react";
import "./globals.css";

/** Shown only when the root layout itself fails, so it brings its own document and styles. */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <html lang="en">
      <body>
        <title>Something went wrong · Tandem</title>
        <main id="main" className="mx-auto max-w-2xl px-4 py-16 sm:px-6 sm:py-24">
          <p className="font-semibold text-primary-text">Tandem</p>
          <h1 className="mt-4 text-4xl font-semibold tracking-tight">This page didn&apos;t load</h1>
          <p className="mt-4 text-lg text-muted">
            Something went wrong on our side. Your saved work is safe. Try again in a moment.
          </p>
          <div className="mt-8 flex flex-col gap-3 min-[420px]:flex-row">
            <button
              type="button"
              onClick={() => retry()}
              className="inline-flex min-h-11 items-center justify-center rounded-xl bg-primary px-5 font-medium text-primary-fg hover:bg-primary-hover"
            >
              Try again
            </button>
            {/* Plain <a> on purpose: a full page load is the most reliable recovery here. */}
            <a href="/help" className="inline-flex min-h-11 items-center font-medium text-primary-text underline">
              Get help now
            </a>
          </div>
          <p className="mt-10">
            If you might hurt yourself or are in danger, call or text{" "}
            <a href="tel:988" className="font-semibold underline">
              988
            </a>{" "}
            (US) or your local emergency number now.
          </p>
        </main>
      </body>
    </html>
  );
}
