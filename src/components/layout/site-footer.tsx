import { LifeBuoy } from "lucide-react";
import Link from "next/link";
import { DangerSentence } from "@/components/crisis/danger-sentence";
import { Container } from "@/components/ui/container";
import type { CrisisPlace } from "@/server/crisis/place";

const links = [
  { href: "/help", label: "Help and safety" },
  { href: "/about", label: "About Tandem" },
];

/**
 * Site footer: the main crisis line for where the member is (one line, so every page stays light)
 * with "More help" one click away, a few links and the privacy promise.
 */
export function SiteFooter({ crisisPlace }: { crisisPlace: CrisisPlace }) {
  return (
    <footer className="mt-16 border-t border-line bg-surface-2 print:hidden">
      <Container className="space-y-6 py-10">
        <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
          <p className="max-w-xl text-fg">
            <DangerSentence country={crisisPlace.country} />
          </p>
          <Link
            href="/help"
            className="inline-flex min-h-11 shrink-0 items-center gap-1.5 self-start rounded-xl border border-attention bg-attention-soft px-4 font-semibold text-attention no-underline hover:underline sm:self-auto"
          >
            <LifeBuoy aria-hidden="true" className="size-4 shrink-0" />
            More help
          </Link>
        </div>

        <nav aria-label="Footer">
          <ul className="flex flex-wrap gap-x-6 gap-y-1">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="inline-flex min-h-11 items-center text-primary-text underline">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>

        <p className="text-sm text-muted">
          No trackers. No ads. Tandem never shows your email or contact details to anyone.
        </p>
      </Container>
    </footer>
  );
}
