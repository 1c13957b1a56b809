import { checkInInWords } from "@/shared/check-ins/upcoming";

export type UpcomingItem = {
  status: "ACTIVE" | "PAUSED";
  partner: { displayName: string; timezone: string };
  starts: Date[];
};

/** One partnership's next check-ins in the viewer's zone with the partner's beside each; a kind line while paused. */
export function UpcomingList({ item, viewerZone }: { item: UpcomingItem; viewerZone: string }) {
  if (item.status === "PAUSED") return <p className="text-muted">You&apos;re paused for now, so there are no check-ins until you resume.</p>;
  if (item.starts.length === 0) return <p className="text-muted">No check-ins in the next few weeks.</p>;
  const words = { viewerZone, partnerZone: item.partner.timezone, partnerName: item.partner.displayName };
  return (
    <ul className="space-y-1.5">
      {item.starts.map((start) => (
        <li key={start.getTime()}>
          <time dateTime={start.toISOString()}>{checkInInWords(start, words)}</time>
        </li>
      ))}
    </ul>
  );
}
