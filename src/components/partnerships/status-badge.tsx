import { CircleCheck, CircleStop, PauseCircle, PenLine, type LucideIcon } from "lucide-react";
import type { PartnershipStatus } from "@/generated/prisma/enums";

/** Each partnership status in words and with its own icon shape, so colour is never the only cue. */
const statuses: Record<PartnershipStatus, { icon: LucideIcon; words: string }> = {
  DRAFTING: { icon: PenLine, words: "Drafting your agreement" },
  ACTIVE: { icon: CircleCheck, words: "Agreement in force" },
  PAUSED: { icon: PauseCircle, words: "Paused" },
  ENDED: { icon: CircleStop, words: "Ended" },
};

export const statusWords = (status: PartnershipStatus): string => statuses[status].words;

export function StatusBadge({ status }: { status: PartnershipStatus }) {
  const { icon: Icon, words } = statuses[status];
  return (
    <p className="inline-flex items-center gap-1.5 rounded-full border border-primary bg-primary-soft px-3 py-1 text-sm font-medium text-primary-text">
      <Icon aria-hidden="true" className="size-4 shrink-0" />
      <span>
        <span className="sr-only">Status: </span>
        {words}
      </span>
    </p>
  );
}
