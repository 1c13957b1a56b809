import { LifeBuoy } from "lucide-react";
import Link from "next/link";
import { Container } from "@/components/ui/container";
import { LogoMark } from "./logo-mark";
import { NavLink } from "./nav-link";

/** Site header: wordmark home, sign in, and the always-visible "Get help now" link. */
export function SiteHeader() {
  return (
    <header className="border-b border-line bg-background">
      <Container className="flex items-center justify-between gap-2 py-3">
        <Link
          href="/"
          className="-ml-1 inline-flex min-h-11 items-center gap-2 rounded-xl px-1 text-xl font-semibold tracking-tight text-fg no-underline"
        >
          <LogoMark />
          <span>Tandem</span>
        </Link>
        <nav aria-label="Main">
          <ul className="flex items-center gap-1 sm:gap-3">
            <li>
              <NavLink
                href="/signin"
                className="inline-flex min-h-11 items-center rounded-xl px-2 text-sm font-medium text-fg underline-offset-4 hover:underline sm:px-3 sm:text-base aria-[current=page]:underline"
              >
                Sign in
              </NavLink>
            </li>
            <li>
              <NavLink
                href="/help"
                className="inline-flex min-h-11 items-center gap-1.5 rounded-xl border border-attention bg-attention-soft px-3 text-sm font-semibold text-attention no-underline hover:underline sm:text-base"
              >
                <LifeBuoy aria-hidden="true" className="size-4 shrink-0" />
                Get help now
              </NavLink>
            </li>
          </ul>
        </nav>
      </Container>
    </header>
  );
}
