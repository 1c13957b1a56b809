"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { readSigning } from "./actions";
import type { SigningView } from "./signing-words";

const pollMs = 5000;

/**
 * Where signing stands, starting from the server's render and read again every 5 s while the page
 * is visible (and on coming back to it), so the partner's moves show up; `refresh` reads it now.
 * A read that fails keeps what is shown: the next one tries again. The last read started wins.
 */
export function useSigningView(partnershipId: string, initial: SigningView): [SigningView, () => void] {
  const [view, setView] = useState(initial);
  const latest = useRef(0);

  const refresh = useCallback(() => {
    const call = ++latest.current;
    readSigning({ partnershipId }).then(
      (result) => {
        if (result.ok && call === latest.current) setView(result.data);
      },
      () => {},
    );
  }, [partnershipId]);

  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") refresh();
    }, pollMs);
    const onVisible = () => {
      if (document.visibilityState === "visible") refresh();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [refresh]);

  return [view, refresh];
}
