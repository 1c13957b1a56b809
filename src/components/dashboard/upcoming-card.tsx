import Link from "next/link";
import { UpcomingList, type UpcomingItem } from "@/components/check-ins/upcoming-list";
import { Card, CardTitle } from "@/components/ui/card";

type Item = UpcomingItem & { partnershipId: string };

/** The next check-ins of each active or paused partnership, in the member's own time. Renders nothing without any. */
export function UpcomingCard({ items, viewerZone }: { items: Item[]; viewerZone: string }) {
  if (items.length === 0) return null;
  return (
    <Card as="section" aria-labelledby="upcoming-card-heading" className="mt-8" data-testid="upcoming-card">
      <CardTitle id="upcoming-card-heading">Coming up</CardTitle>
      <ul className="mt-3 space-y-5">
        {items.map((item) => (
          <li key={item.partnershipId} className="space-y-1.5">
            <h3 className="font-semibold break-words">
              <Link href={`/partnerships/${item.partnershipId}`} className="inline-flex min-h-11 items-center text-primary-text underline underline-offset-4">
                Check-ins with {item.partner.displayName}
              </Link>
            </h3>
            <UpcomingList item={item} viewerZone={viewerZone} />
          </li>
        ))}
      </ul>
    </Card>
  );
}
