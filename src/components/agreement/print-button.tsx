"use client";

import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog, where the page can also be saved as a PDF. */
export function PrintButton({ children }: { children: React.ReactNode }) {
  return (
    <Button variant="secondary" onClick={() => window.print()}>
      {children}
    </Button>
  );
}
