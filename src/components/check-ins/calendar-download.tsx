import { CalendarPlus } from "lucide-react";
import { buttonClasses } from "@/components/ui/button";

/**
 * The check-ins of the agreement in force as a file for the member's own calendar app. The file
 * doesn't follow later changes, and this says so.
 */
export function CheckInCalendarDownload({ partnershipId, partnerName }: { partnershipId: string; partnerName: string }) {
  return (
    <section aria-labelledby="check-in-calendar-heading" className="mt-8 space-y-3" data-testid="check-in-calendar">
      <h2 id="check-in-calendar-heading" className="text-2xl font-semibold">
        Your check-ins in your calendar
      </h2>
      <a href={`/partnerships/${encodeURIComponent(partnershipId)}/agreement/check-ins.ics`} download className={buttonClasses({ variant: "secondary" })}>
        <CalendarPlus aria-hidden="true" />
        Add our check-ins to my calendar
      </a>
      <p className="text-sm text-muted">
        A calendar file with every check-in your agreement sets, at its agreed time, with a reminder before each one. It names {partnerName} but holds no email
        address and none of your agreement&apos;s words. It won&apos;t change by itself: after a pause or a new version of your agreement, download it again.
      </p>
    </section>
  );
}
