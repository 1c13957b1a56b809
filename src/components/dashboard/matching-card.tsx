import Link from "next/link";
import { MatchingExplainer } from "@/components/onboarding/matching-explainer";
import { OpenToMatchingSwitch } from "@/components/onboarding/open-to-matching-switch";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";

/**
 * Whether the member is open to matching, what that means, the way to their suggestions when open,
 * the switch to change it, and links to their requests and partnerships.
 */
export function MatchingCard({ open, emailVerified, capacity }: { open: boolean; emailVerified: boolean; capacity: { open: number; capacity: number } | null }) {
  const atCapacity = capacity !== null && capacity.open >= capacity.capacity;
  // Open with every place taken: the switch still says "On", so the title says why no one new is suggested.
  const title = !open ? "You're not open to matching yet" : atCapacity ? "You're open to matching, and your partnerships are full" : "You're open to matching";
  return (
    <Card as="section" aria-labelledby="matching-heading" className="mt-8">
      <CardTitle id="matching-heading">{title}</CardTitle>
      <div className="mt-2">
        {open && capacity && atCapacity ? (
          <p className="mb-3">
            You have {capacity.open === 1 ? "one partnership" : `${capacity.open} partnerships`}, as many as your settings allow at
            once. Your matching stays on: new suggestions start again by themselves when a place frees up, or you can allow up to
            three partnerships in{" "}
            <Link href="/settings/profile" className="font-medium text-primary-text underline underline-offset-4">
              profile settings
            </Link>
            .
          </p>
        ) : null}
        {/* Full, "we'll suggest you" would contradict the note above: say it again once a place is free. */}
        {open && atCapacity ? null : <MatchingExplainer wording="switch" />}
      </div>
      {open && !atCapacity ? (
        <div className="mt-5">
          <ButtonLink href="/matches" variant="secondary">
            See your suggestions
          </ButtonLink>
        </div>
      ) : null}
      <div className="mt-5">
        <OpenToMatchingSwitch open={open} emailVerified={emailVerified} onDashboard />
      </div>
      <ul className="mt-4 flex flex-wrap gap-x-6 border-t border-line pt-3">
        {[
          { href: "/requests", label: "Your requests" },
          { href: "/partnerships", label: "Your partnerships" },
        ].map((link) => (
          <li key={link.href}>
            <Link href={link.href} className="inline-flex min-h-11 items-center font-medium text-primary-text underline underline-offset-4">
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}
