import { PersonDetails, PersonHeading } from "@/components/matches/person-details";
import { theirTimeNow } from "@/components/matches/words";
import { Card } from "@/components/ui/card";
import type { PublicMember } from "@/server/partnerships/public-member";

/** The partner as they chose to present themselves: never their email or contact details. */
export function PartnerCard({ partner, now, viewerZone }: { partner: PublicMember; now: Date; viewerZone: string | null }) {
  const localTime = theirTimeNow(now, partner.timezone, viewerZone);
  return (
    <Card as="section" aria-labelledby="partner-heading" className="mt-8">
      <PersonHeading id="partner-heading" person={partner} localTime={localTime} hiddenPrefix="Your partner: " />
      <div className="mt-3">
        <PersonDetails id="partner" person={partner} />
      </div>
      <p className="mt-4 text-sm text-muted">
        Tandem never shows either of you the other&apos;s email or contact details. You can share them yourselves if you both want to.
      </p>
    </Card>
  );
}
