"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { errorData, errorMessage } from "@/components/forms/error-message";
import { useAction } from "@/components/forms/use-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { canonicalJson } from "@/shared/agreement/canonical";
import type { ReadAgreement } from "@/shared/agreement/doc";
import { sectionIds, sectionTitles, type PartnerNames, type SectionId } from "@/shared/agreement/sections";
import { proposeAgreement, signAgreement } from "./actions";
import { AgreementSections } from "./agreement-document";
import { AmendmentChanges } from "./amendment-changes";
import { AskForChanges } from "./ask-for-changes";
import { signingStatusWords, type SigningView } from "./signing-words";
import { useSigningView } from "./use-signing-view";
import { WithdrawAmendment } from "./withdraw-amendment";

type Props = { partnershipId: string; initial: SigningView; partnerName: string; names: PartnerNames; reading: ReadAgreement; saved: boolean };

/** Section ids named by a refused proposal's field errors ("rhythm.timezone" → rhythm), in reading order. */
function sectionsOf(fieldErrors: Record<string, string[] | undefined> | null | undefined): SectionId[] {
  const named = new Set(Object.keys(fieldErrors ?? {}).map((key) => key.split(".")[0]));
  return sectionIds.filter((id) => named.has(id));
}

/**
 * Proposing and signing beside the live draft: the status in words, "Propose this agreement"
 * while nothing is proposed, and the frozen version with "Sign" and "Ask for changes" when the
 * partner proposed it. It checks for the partner's moves every few seconds.
 */
export function SigningPanel({ partnershipId, initial, partnerName, names, reading, saved }: Props) {
  const router = useRouter();
  const [view, refresh] = useSigningView(partnershipId, initial);

  // Once it is in force (or the change is withdrawn), the page itself changes: the draft gives way to the signed agreement.
  useEffect(() => {
    if (view.phase === "IN_FORCE" || view.phase === "ENDED") router.refresh();
  }, [view.phase, router]);
  // An edit may have withdrawn a proposal: look again once it is saved.
  useEffect(() => {
    if (saved) refresh();
  }, [saved, refresh, reading]);

  const propose = useAction(proposeAgreement);
  const sign = useAction(signAgreement);
  const status = signingStatusWords(view, partnerName, names);
  const proposal = view.proposal;
  const toFix = propose.error ? sectionsOf(errorData(propose.error)?.fieldErrors) : [];
  const amending = view.phase === "AMENDMENT_OPEN" || view.phase === "AMENDMENT_PROPOSED";

  return (
    <section aria-labelledby="signing-heading" className="mt-6 space-y-4 rounded-xl border border-line-strong p-4 sm:p-5">
      <h2 id="signing-heading" className="text-xl font-semibold">
        {amending ? "Changing your agreement" : "Signing"}
      </h2>
      <p aria-live="polite" data-testid="signing-status">
        {status}
      </p>
      {view.lastOutcome?.kind === "CHANGES_REQUESTED" && view.lastOutcome.comment && !proposal ? (
        <figure className="rounded-xl bg-surface-2 p-4">
          <figcaption className="text-sm font-medium text-muted">{view.lastOutcome.by === "you" ? "Your note" : `${partnerName}'s note`}</figcaption>
          <blockquote className="mt-1 whitespace-pre-wrap break-words">{view.lastOutcome.comment}</blockquote>
        </figure>
      ) : null}

      {amending && view.inForce && view.changes ? (
        <details className="rounded-xl bg-surface-2 p-4">
          <summary className="cursor-pointer font-semibold">What would change from version {view.inForce.number}</summary>
          <div className="mt-4">
            <AmendmentChanges changes={view.changes} names={names} inForceNumber={view.inForce.number} />
          </div>
        </details>
      ) : null}
      {amending && view.inForce ? <WithdrawAmendment partnershipId={partnershipId} partnerName={partnerName} inForceNumber={view.inForce.number} onDone={() => router.refresh()} /> : null}

      {!proposal ? (
        <div className="space-y-3">
          {!reading.valid ? <p>A few sections below need a change before this can be proposed; each one says what to fix.</p> : null}
          <Button
            onClick={() => propose.mutate({ partnershipId, seen: canonicalJson(reading.valid ? reading.agreement : reading.content) }, { onSuccess: refresh })}
            disabled={propose.isPending || !saved}
          >
            {propose.isPending ? "Proposing…" : saved ? "Propose this agreement" : "Saving your changes…"}
          </Button>
          <p className="text-sm text-muted">
            Proposing freezes the draft exactly as it reads now and signs it for you. {partnerName} then signs that version or asks for changes.
          </p>
          {propose.error ? (
            <Alert tone="attention" role="alert">
              <p>{errorMessage(propose.error)}</p>
              {toFix.length > 0 ? (
                <ul className="mt-2 list-disc pl-5">
                  {toFix.map((id) => (
                    <li key={id}>
                      <a href={`#section-${id}`}>{sectionTitles[id](names)}</a>
                    </li>
                  ))}
                </ul>
              ) : null}
            </Alert>
          ) : null}
        </div>
      ) : proposal.proposedBy === "you" ? (
        <p className="text-muted">Changing anything in the draft below withdraws your proposal, so it would need proposing again.</p>
      ) : (
        <div className="space-y-4">
          <details className="rounded-xl bg-surface-2 p-4" open>
            <summary className="cursor-pointer font-semibold">Version {proposal.number}, as {partnerName} proposed it</summary>
            <div className="mt-4">
              <AgreementSections agreement={proposal.content} names={names} headingLevel={3} />
            </div>
          </details>
          <p className="text-muted">Signing means you agree to exactly this version. You can also change the draft below instead; that withdraws this proposal.</p>
          <div className="flex flex-col items-start gap-3">
            <Button onClick={() => sign.mutate({ partnershipId, versionId: proposal.versionId, hash: proposal.hash }, { onSuccess: () => router.refresh() })} disabled={sign.isPending}>
              {sign.isPending ? "Signing…" : `Sign version ${proposal.number}`}
            </Button>
            {sign.error ? (
              <Alert tone="attention" role="alert">
                {errorMessage(sign.error)}
              </Alert>
            ) : null}
            <AskForChanges partnershipId={partnershipId} versionId={proposal.versionId} partnerName={partnerName} onDone={refresh} />
          </div>
        </div>
      )}
    </section>
  );
}
