"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect } from "react";
import { readNoticesOnPage } from "./read-on-page-action";

/**
 * Rendered by the header while something is unread: once a page that a notice links to is on
 * screen, that notice is read (its subject is right there), and the header's count is redrawn.
 */
export function ReadNoticesHere() {
  const pathname = usePathname();
  const router = useRouter();
  useEffect(() => {
    let current = true;
    void readNoticesOnPage(pathname).then((marked) => {
      if (current && marked > 0) router.refresh();
    });
    return () => {
      current = false;
    };
  }, [pathname, router]);
  return null;
}
