import { dayWords } from "@/components/requests/dates";
import type { RouterOutputs } from "@/trpc/outputs";

export type VersionListItem = RouterOutputs["agreement"]["versions"]["versions"][number];

const statusWords: Record<VersionListItem["status"], string> = {
  PROPOSED: "Proposed, waiting for signatures",
  WITHDRAWN: "Withdrawn before it came into force",
  CHANGES_REQUESTED: "Changes asked for, so it didn't come into force",
  IN_FORCE: "In force",
  SUPERSEDED: "Replaced by a newer version",
};

/** Where a version stands, in words: "In force", "Withdrawn before it came into force". */
export const versionStatusWords = (version: Pick<VersionListItem, "status" | "endedUnsigned">) =>
  version.endedUnsigned ? "Not signed by you both before the partnership ended" : statusWords[version.status];

/** Its dates, in the reader's timezone: "Proposed 3 May. In force from 4 May until 9 June." */
export function versionDateWords(version: VersionListItem, zone: string, now: Date): string {
  const on = (date: Date) => dayWords(date, zone, now);
  const proposed = `Proposed ${on(version.proposedAt)}.`;
  switch (version.status) {
    case "IN_FORCE":
      return version.inForceAt ? `${proposed} In force since ${on(version.inForceAt)}.` : proposed;
    case "SUPERSEDED":
      return version.inForceAt && version.closedAt ? `${proposed} In force from ${on(version.inForceAt)} until ${on(version.closedAt)}.` : proposed;
    case "WITHDRAWN":
      if (!version.closedAt) return proposed;
      return version.endedUnsigned ? `${proposed} The partnership ended ${on(version.closedAt)}.` : `${proposed} Withdrawn ${on(version.closedAt)}.`;
    case "CHANGES_REQUESTED":
      return version.closedAt ? `${proposed} Changes asked for ${on(version.closedAt)}.` : proposed;
    case "PROPOSED":
      return proposed;
  }
}

/** "Signed by you on 3 May", "Signed by Sam on 4 May"; the partner is named, never by email. */
export function signatureWords(version: VersionListItem, partnerName: string, zone: string, now: Date): string[] {
  return version.signatures.map((s) => `Signed by ${s.by === "you" ? "you" : partnerName} on ${dayWords(s.signedAt, zone, now)}.`);
}
