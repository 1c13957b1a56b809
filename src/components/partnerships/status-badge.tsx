import { CircleCheck, CircleStop, PauseCircle, PenLine, type LucideIcon } from "lucide-react";
import type { PartnershipStatus } from "@/generated/prisma/enums";
import { pausedUntilWords } from "@/components/pauses/paused-until";

/** Each partnership status in words and with its own icon shape, so colour is never the only cue. */
const statuses: Record<PartnershipStatus, { icon: LucideIcon; words: string }> = {
  DRAFTING: { icon: PenLine, words: "Drafting your agreement" },
  ACTIVE: { icon: CircleCheck, words: "Agreement in force" },
  PAUSED: { icon: PauseCircle, words: "Paused for now" },
  ENDED: { icon: CircleStop, words: "Ended" },
};

export const statusWords = (status: PartnershipStatus): string => statuses[status].words;

/** `pausedUntil` (while PAUSED): "Paused until Tuesday 8 December", in the viewer's zone. */
export function StatusBadge({ status, pausedUntil = null, zone }: { status: PartnershipStatus; pausedUntil?: Date | null; zone?: string }) {
  const { icon: Icon, words } = statuses[status];
  return (
    <p className="inline-flex items-center gap-1.5 rounded-full border border-primary bg-primary-soft px-3 py-1 text-sm font-medium text-primary-text">
      <Icon aria-hidden="true" className="size-4 shrink-0" />
      <span>
        <span className="sr-only">Status: </span>
        {status === "PAUSED" && pausedUntil ? pausedUntilWords(pausedUntil, zone) : words}
      </span>
    </p>
  );
}
