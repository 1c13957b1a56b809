import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { BlockButton } from "./block-button";

/** What a report is about; the report page reads these from its address. */
export type ReportAbout = "PROFILE" | "REQUEST_NOTE" | "PARTNERSHIP";

function reportHref(memberId: string, about: ReportAbout, id?: string): string {
  const params = new URLSearchParams({ member: memberId, about, ...(id ? { id } : {}) });
  return `/report?${params.toString()}`;
}

/**
 * "Block" and "Report" for another member, side by side and visually quiet, wherever that member
 * appears: a suggestion (PROFILE), a request (REQUEST_NOTE, with the request id) or a partnership
 * (PARTNERSHIP, with its id). `leaveTo` is where to go once blocked, for a page that would then be
 * gone (the partnership's own).
 */
export function SafetyActions({ memberId, name, about, id, leaveTo }: { memberId: string; name: string; about: ReportAbout; id?: string; leaveTo?: string }) {
  return (
    <BlockButton
      memberId={memberId}
      name={name}
      leaveTo={leaveTo}
      beside={
        <Link href={reportHref(memberId, about, id)} className={buttonClasses({ variant: "quiet", size: "sm" })}>
          Report<span className="sr-only"> {name}</span>
        </Link>
      }
    />
  );
}
