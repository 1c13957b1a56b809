import Link from "next/link";
import { Card } from "@/components/ui/card";
import { signatureWords, versionDateWords, versionStatusWords, type VersionListItem } from "./version-list-words";

type Props = { partnershipId: string; versions: VersionListItem[]; more: boolean; partnerName: string; zone: string; now: Date };

/** Every version of the agreement, newest first, each with where it stands, its dates and who signed it. */
export function VersionList({ partnershipId, versions, more, partnerName, zone, now }: Props) {
  if (versions.length === 0) {
    return (
      <p className="mt-8">
        Nothing has been proposed yet. When one of you proposes the agreement, it appears here as version 1.{" "}
        <Link href={`/partnerships/${encodeURIComponent(partnershipId)}/agreement`}>Open your agreement</Link>
      </p>
    );
  }
  return (
    <>
      <ol className="mt-8 space-y-4" aria-label="Versions, newest first">
        {versions.map((version) => (
          <Card as="li" key={version.number} tone={version.status === "IN_FORCE" ? "default" : "soft"} aria-labelledby={`version-${version.number}`}>
            <h2 id={`version-${version.number}`} className="text-lg font-semibold">
              <Link href={`/partnerships/${encodeURIComponent(partnershipId)}/agreement/versions/${version.number}`}>Version {version.number}</Link>
            </h2>
            <p className="mt-1 font-medium">{versionStatusWords(version)}</p>
            <p className="mt-1 text-muted">{versionDateWords(version, zone, now)}</p>
            {version.signatures.length > 0 ? (
              <ul className="mt-1 text-muted">
                {signatureWords(version, partnerName, zone, now).map((line, index) => (
                  <li key={index}>{line}</li>
                ))}
              </ul>
            ) : null}
          </Card>
        ))}
      </ol>
      {more ? <p className="mt-6 text-muted">These are the 50 newest versions.</p> : null}
    </>
  );
}
