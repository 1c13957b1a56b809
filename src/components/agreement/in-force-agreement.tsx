import { dayWords } from "@/components/requests/dates";
import type { PartnerNames } from "@/shared/agreement/sections";
import type { RouterOutputs } from "@/trpc/outputs";
import { AgreementSummary } from "./agreement-summary";

type InForce = NonNullable<RouterOutputs["agreement"]["signing"]["inForce"]>;

/** The version in force, read-only: what the two of you signed and follow. */
export function InForceAgreement({ version, names, zone }: { version: InForce; names: PartnerNames; zone: string | null }) {
  return (
    <section aria-labelledby="in-force-heading" className="mt-8 space-y-4" data-testid="agreement-in-force">
      <h2 id="in-force-heading" className="text-2xl font-semibold">
        Your agreement, version {version.number}
      </h2>
      <p className="text-muted">
        Signed by you both and in force since <time dateTime={version.at.toISOString()}>{dayWords(version.at, zone, new Date())}</time>. Nobody can change it
        on their own.
      </p>
      <AgreementSummary agreement={version.content} names={names} headingLevel="h3" />
    </section>
  );
}
