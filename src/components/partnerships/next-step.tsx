import { ButtonLink } from "@/components/ui/button";

export type NextStep = { href: string; label: string; note?: string };

/** The one thing to do next on a partnership page, placed right under its heading so a phone shows it first. */
export function PartnershipNextStep({ step }: { step: NextStep }) {
  return (
    <div className="mt-6 space-y-3">
      <ButtonLink href={step.href}>{step.label}</ButtonLink>
      {step.note ? <p data-testid="signing-status">{step.note}</p> : null}
    </div>
  );
}
