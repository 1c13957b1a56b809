"use client";

import { Menu, X } from "lucide-react";
import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";

const buttonClass =
  "inline-flex min-h-11 min-w-11 cursor-pointer items-center justify-center gap-1.5 rounded-xl border border-line-strong bg-surface px-3 text-sm font-semibold text-fg " +
  "select-none hover:bg-surface-2 motion-safe:transition-transform motion-safe:duration-150 motion-safe:active:scale-95";

const panelClass = "absolute inset-x-0 top-full z-40 border-b border-line bg-background shadow-soft";

/** "Menu", with the unread count when there is one (said in words to screen readers). */
function Label({ open, unread }: { open: boolean; unread: number | null }) {
  const Icon = open ? X : Menu;
  return (
    <>
      <Icon aria-hidden="true" className="size-5 shrink-0" />
      {/* Below 360 px only the icon shows, so the row never scrolls sideways; the name stays "Menu". */}
      <span className="max-[359px]:sr-only">Menu</span>
      {unread ? (
        <>
          <span aria-hidden="true" className="rounded-full bg-primary px-1.5 text-xs leading-5 text-primary-fg">
            {unread}
          </span>
          <span className="sr-only">, {unread} unread notifications</span>
        </>
      ) : null}
    </>
  );
}

/**
 * The header's links on phones and tablets, behind a "Menu" button (hidden from `lg` up, where the
 * full nav shows). Before JavaScript runs it is a plain `<details>`, so it opens without it; after,
 * a disclosure button (aria-expanded, aria-controls) that closes on Escape (focus back on the
 * button), on a click or focus outside, and on navigation. `children` is the nav itself.
 */
export function PhoneMenu({ unread, children }: { unread: number | null; children: ReactNode }) {
  const hydrated = useHydrated();
  const pathname = usePathname();
  // Open on the page where it was opened: navigating elsewhere closes it, no effect needed.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpenOn(null);
      button.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpenOn(null);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  if (!hydrated) {
    return (
      <details className="lg:hidden">
        <summary className={`${buttonClass} list-none [&::-webkit-details-marker]:hidden`}>
          <Label open={false} unread={unread} />
        </summary>
        <div className={panelClass}>{children}</div>
      </details>
    );
  }

  return (
    <div
      ref={root}
      className="lg:hidden"
      onBlur={(event) => {
        // Tabbing past the last link closes the menu, so it never covers what has focus.
        if (open && !root.current?.contains(event.relatedTarget as Node | null) && event.relatedTarget) setOpenOn(null);
      }}
      onClick={(event) => {
        // A link chosen in the menu closes it, even one to the page already open.
        if (open && (event.target as HTMLElement).closest("a")) setOpenOn(null);
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        className={buttonClass}
        onClick={() => setOpenOn(open ? null : pathname)}
      >
        <Label open={open} unread={unread} />
      </button>
      <div id={panelId} hidden={!open} className={panelClass}>
        {children}
      </div>
    </div>
  );
}
