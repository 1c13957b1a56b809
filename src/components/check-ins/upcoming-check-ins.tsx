import Link from "next/link";
import { UpcomingList, type UpcomingItem } from "./upcoming-list";

/**
 * The partnership page's next check-ins, from the agreement in force. Nothing is logged here yet:
 * this only says when they are.
 */
export function UpcomingCheckIns({ item, viewerZone }: { item: UpcomingItem | null; viewerZone: string }) {
  return (
    <section aria-labelledby="upcoming-heading" className="mt-8 space-y-3" data-testid="upcoming-check-ins">
      <h2 id="upcoming-heading" className="text-2xl font-semibold">
        Your next check-ins
      </h2>
      {item ? (
        <UpcomingList item={item} viewerZone={viewerZone} />
      ) : (
        <p className="text-muted">Your check-ins will show here once you both have signed your agreement.</p>
      )}
      <p className="text-sm text-muted">
        To keep them in your calendar app as they change, <Link href="/settings/calendar">set up your private calendar link</Link>.
      </p>
    </section>
  );
}
