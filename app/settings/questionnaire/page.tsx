import { Check, CircleDashed } from "lucide-react";
import type { Metadata } from "next";
import { EditStepLink } from "@/components/onboarding/answers-summary";
import { MatchingExplainer } from "@/components/onboarding/matching-explainer";
import { OpenToMatchingSwitch } from "@/components/onboarding/open-to-matching-switch";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { requireMember } from "@/server/auth/require-member";
import { answerSteps, steps } from "@/shared/onboarding/questionnaire";
import { caller } from "@/trpc/server";
import { SettingsNav } from "../settings-nav";

export const metadata: Metadata = { title: "Questionnaire settings", robots: { index: false } };

export default async function QuestionnaireSettingsPage() {
  await requireMember("/settings/questionnaire");
  const api = await caller();
  const state = await api.onboarding.state();
  const finished = state.completedAt !== null;

  return (
    <Container width="prose" className="py-12 sm:py-16">
      <p className="font-medium text-muted">Settings</p>
      <h1 className="mt-1 text-3xl font-semibold tracking-tight sm:text-4xl">Questionnaire</h1>
      <p className="mt-3 text-lg text-muted">Your answers shape who we suggest. Change any of them whenever things change for you.</p>

      <div className="mt-6">
        <SettingsNav />
      </div>

      <div className="mt-8 space-y-6">
        <Card as="section" aria-labelledby="answers-heading">
          <CardTitle id="answers-heading">Your answers</CardTitle>
          <CardDescription>
            {finished
              ? "Each step saves on its own, so you can change one without going through the rest."
              : `You've saved ${state.completedSteps} of ${answerSteps.length} steps. You can change a saved step, or carry on where you left off.`}
          </CardDescription>
          <ul className="mt-4 divide-y divide-line">
            {answerSteps.map((step, index) => {
              const title = steps[index]!.title;
              const saved = finished || index < state.completedSteps;
              const reachable = finished || index <= state.completedSteps;
              return (
                <li key={step} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 py-2">
                  <span className="flex items-center gap-2">
                    {saved ? (
                      <Check aria-hidden="true" className="size-5 text-primary-text" />
                    ) : (
                      <CircleDashed aria-hidden="true" className="size-5 text-muted" />
                    )}
                    <span>
                      {title}
                      <span className="text-sm text-muted"> · {saved ? "saved" : "not answered yet"}</span>
                    </span>
                  </span>
                  {reachable && saved ? <EditStepLink step={step} className="-mr-3" /> : null}
                </li>
              );
            })}
          </ul>
          <div className="mt-5">
            {finished ? (
              <ButtonLink href="/onboarding/review" variant="secondary">
                See all your answers
              </ButtonLink>
            ) : (
              <ButtonLink href="/onboarding">
                {state.completedSteps > 0 ? "Continue your questionnaire" : "Start your questionnaire"}
              </ButtonLink>
            )}
          </div>
        </Card>

        <Card as="section" aria-labelledby="matching-heading">
          <CardTitle id="matching-heading">Open to matching</CardTitle>
          {finished ? (
            <>
              <div className="mt-2">
                <MatchingExplainer wording="switch" />
              </div>
              <div className="mt-5">
                <OpenToMatchingSwitch open={state.openToMatching} emailVerified={state.emailVerified} />
              </div>
            </>
          ) : (
            <CardDescription>
              You&apos;ll choose this at the end of the questionnaire, once we know enough to suggest people who fit. Until then, you won&apos;t
              be suggested to anyone.
            </CardDescription>
          )}
        </Card>
      </div>
    </Container>
  );
}
