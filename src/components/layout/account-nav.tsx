"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

export type AccountLink = {
  href: string;
  label: string;
  /** Marks the link as current anywhere under this path (e.g. "/settings"), not only on `href`. */
  section?: string;
  /** A fuller accessible name when the visible label is terse, e.g. "Notifications, 2 unread" for "Notifications (2)". */
  ariaLabel?: string;
};

const linkClass =
  "inline-flex min-h-11 items-center rounded-xl px-1.5 text-sm font-medium text-fg underline-offset-4 hover:underline sm:px-3 sm:text-base " +
  "aria-[current]:underline aria-[current]:decoration-2";

/**
 * The header's account links. Full width (a second row) on phones and tablets, inline from `lg` up.
 * `signOut` is the sign-out button, shown last when someone is signed in.
 */
export function AccountNav({ links, signOut }: { links: AccountLink[]; signOut?: ReactNode }) {
  const pathname = usePathname();

  return (
    <nav aria-label="Main" className="w-full border-t border-line pt-1 lg:w-auto lg:border-t-0 lg:pt-0">
      <ul className="-ml-1.5 flex flex-wrap items-center gap-x-1 lg:ml-0 lg:flex-nowrap">
        {links.map((link) => {
          const current = pathname === link.href ? "page" : link.section && pathname.startsWith(`${link.section}/`) ? "true" : undefined;
          return (
            <li key={link.href}>
              <Link href={link.href} aria-current={current} aria-label={link.ariaLabel} className={cn(linkClass)}>
                {link.label}
              </Link>
            </li>
          );
        })}
        {signOut ? <li>{signOut}</li> : null}
      </ul>
    </nav>
  );
}
