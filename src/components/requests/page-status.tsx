"use client";

import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";

type Announce = (message: ReactNode) => void;

const PageStatusContext = createContext<Announce | null>(null);

/**
 * A polite status line at the top of a page, for actions that make their own item disappear
 * (declining, withdrawing): the message outlives the item, and focus moves to it so keyboard
 * users aren't left on nothing.
 */
export function PageStatusProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<{ key: number; content: ReactNode } | null>(null);
  const regionRef = useRef<HTMLDivElement>(null);
  const announce = useCallback<Announce>((content) => setMessage((previous) => ({ key: (previous?.key ?? 0) + 1, content })), []);

  useEffect(() => {
    if (message) regionRef.current?.focus();
  }, [message]);

  return (
    <PageStatusContext.Provider value={announce}>
      <div ref={regionRef} tabIndex={-1} role="status" className="rounded-xl not-empty:mt-8 focus:outline-none focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-focus">
        {message ? (
          <Alert key={message.key} tone="success" role="none">
            {message.content}
          </Alert>
        ) : null}
      </div>
      {children}
    </PageStatusContext.Provider>
  );
}

export function usePageStatus(): Announce {
  const announce = useContext(PageStatusContext);
  if (!announce) throw new Error("usePageStatus needs a PageStatusProvider above it.");
  return announce;
}
