"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

export type AccountLink = {
  href: string;
  label: string;
  /** Marks the link as current anywhere under this path (e.g. "/settings"), not only on `href`. */
  section?: string;
  /** A fuller accessible name when the visible label is terse, e.g. "Notifications, 2 unread" for "Notifications (2)". */
  ariaLabel?: string;
};

// Display and height are left to each layout, so the classes join without conflicts.
const linkClass =
  "items-center rounded-xl px-3 font-medium text-fg underline-offset-4 hover:underline " +
  "aria-[current]:underline aria-[current]:decoration-2";

const layouts = {
  /** In the header's row, from `lg` up. */
  inline: { list: "flex flex-nowrap items-center gap-x-1", item: "", link: "inline-flex min-h-11" },
  /** In the phone menu: one link a row, each a full-width tap target. */
  stacked: {
    list: "flex flex-col py-2",
    item: "border-b border-line last:border-b-0",
    link: "flex w-full min-h-12 text-lg",
  },
} as const;

/**
 * The header's account links: `inline` in the header's row on laptops, `stacked` inside the phone
 * menu. `signOut` is the sign-out button, shown last when someone is signed in.
 */
export function AccountNav({
  links,
  signOut,
  layout = "inline",
}: {
  links: AccountLink[];
  signOut?: ReactNode;
  layout?: keyof typeof layouts;
}) {
  const pathname = usePathname();
  const style = layouts[layout];

  return (
    <nav aria-label="Main">
      <ul className={style.list}>
        {links.map((link) => {
          const current = pathname === link.href ? "page" : link.section && pathname.startsWith(`${link.section}/`) ? "true" : undefined;
          return (
            <li key={link.href} className={style.item}>
              <Link href={link.href} aria-current={current} aria-label={link.ariaLabel} className={`${linkClass} ${style.link}`}>
                {link.label}
              </Link>
            </li>
          );
        })}
        {signOut ? <li className={style.item}>{signOut}</li> : null}
      </ul>
    </nav>
  );
}
