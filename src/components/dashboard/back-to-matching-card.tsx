import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { dayWords } from "@/components/requests/dates";

/**
 * For a member whose partnerships have all ended: a warm way back to matching. It names when the
 * last one ended, never why or who chose it.
 */
export function BackToMatchingCard({ ended, open, zone, now }: { ended: { partnerName: string; endedAt: Date }; open: boolean; zone: string | null; now: Date }) {
  return (
    <Card as="section" aria-labelledby="back-to-matching-heading" className="mt-8 space-y-3">
      <CardTitle id="back-to-matching-heading">Ready for someone new?</CardTitle>
      <p>
        Your partnership with {ended.partnerName} ended on <time dateTime={ended.endedAt.toISOString()}>{dayWords(ended.endedAt, zone, now)}</time>. Thank
        you for the time you gave it. Whenever you feel ready, there may be someone new who fits — there&apos;s no rush.
      </p>
      {open ? (
        <ButtonLink href="/matches">See your suggestions</ButtonLink>
      ) : (
        <p className="text-muted">You can open to matching again below whenever you like.</p>
      )}
    </Card>
  );
}
