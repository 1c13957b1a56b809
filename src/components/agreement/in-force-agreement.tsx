import Link from "next/link";
import type { PartnerNames } from "@/shared/agreement/sections";
import { versionStandingWords } from "@/shared/agreement/version-document";
import type { RouterOutputs } from "@/trpc/outputs";
import { AgreementSections } from "./agreement-document";

type InForce = NonNullable<RouterOutputs["agreement"]["signing"]["inForce"]>;

/** The version in force, read-only: what the two of you signed and follow, with its printable page and every other version a link away. */
export function InForceAgreement({ partnershipId, version, names, ended = false }: { partnershipId: string; version: InForce; names: PartnerNames; ended?: boolean }) {
  const versions = `/partnerships/${encodeURIComponent(partnershipId)}/agreement/versions`;
  return (
    <section aria-labelledby="in-force-heading" className="mt-8 space-y-4" data-testid="agreement-in-force">
      <h2 id="in-force-heading" className="text-2xl font-semibold">
        Your agreement, version {version.number}
      </h2>
      <p className="text-muted">
        {ended
          ? `Version ${version.number}, the last one you both signed. Your partnership has ended, so it stays here for you both to read, unchanged.`
          : `${versionStandingWords(version.content, version.number, { status: "IN_FORCE", inForceAt: version.at })} You both signed it, and nobody can change it on their own.`}
      </p>
      <p className="flex flex-wrap gap-x-6 gap-y-2">
        <Link href={`${versions}/${version.number}`}>Print or download</Link>
        <Link href={versions}>All versions</Link>
      </p>
      <AgreementSections agreement={version.content} names={names} headingLevel={3} className="pt-4" />
    </section>
  );
}
