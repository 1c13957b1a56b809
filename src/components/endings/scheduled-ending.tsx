import { dayTimeWords } from "@/components/requests/dates";
import { Alert } from "@/components/ui/alert";
import type { RouterOutputs } from "@/trpc/outputs";

type Ending = NonNullable<RouterOutputs["endings"]["status"]["ending"]>;

/** A planned ending, as each side may see it: the one who chose sees their choices; the partner never a reason. */
export function ScheduledEnding({ ending, partnerName, zone, now }: { ending: Ending; partnerName: string; zone: string; now: Date }) {
  const when = ending.finalCheckInAt ? dayTimeWords(ending.finalCheckInAt, zone, now) : null;
  if (ending.side === "chose") {
    return (
      <Alert tone="info" role="note" className="mt-8" title={when ? `Your partnership ends after your check-in on ${when}` : "You've chosen to end this partnership"} titleAs="h2">
        <p>
          {ending.quietly ? `${partnerName} will see only that it ended.` : ending.closingMessage ? `${partnerName} will see your message: “${ending.closingMessage}”` : `${partnerName} knows it will end after this check-in.`}{" "}
          {ending.doNotRematch ? "You won't be suggested to each other again." : "You may be suggested to each other again one day."}
        </p>
      </Alert>
    );
  }
  return (
    <Alert tone="info" role="note" className="mt-8" title={when ? `Your partnership ends after your check-in on ${when}` : "This partnership is ending"} titleAs="h2">
      <p>
        {ending.quietly ? "" : `${partnerName} has decided to end it after one last check-in. `}
        Endings are a normal part of accountability partnerships, and nobody did anything wrong. It&apos;s a chance to say goodbye well.
      </p>
    </Alert>
  );
}
