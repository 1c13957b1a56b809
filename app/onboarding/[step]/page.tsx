import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { AnswersSummary } from "@/components/onboarding/answers-summary";
import { OnboardingProgress } from "@/components/onboarding/progress";
import { StepHeading } from "@/components/onboarding/step-heading";
import {
  AboutStep,
  BoundariesStep,
  CommitmentStep,
  CommunicationStep,
  FinishForm,
  ScheduleStep,
  ValuesStep,
} from "@/components/onboarding/steps/lazy-steps";
import { Container } from "@/components/ui/container";
import type { RouterOutputs } from "@/server/api/root";
import { requireMember } from "@/server/auth/require-member";
import { stepNumber, steps, type StepId } from "@/shared/onboarding/questionnaire";
import type { StepFormValues } from "@/shared/onboarding/schemas";
import { caller } from "@/trpc/server";

type Params = { params: Promise<{ step: string }> };
type State = RouterOutputs["onboarding"]["state"];

const isStep = (value: string): value is StepId => steps.some((s) => s.id === value);

const intros: Record<StepId, string> = {
  about: "A little about you, so we can suggest people you'll get on with. Take your time; you can change any answer later.",
  commitment: "There are no wrong answers. Knowing what you can really give helps us find someone who wants the same.",
  schedule: "When are you usually free? Choose the times that work most weeks. You and a partner will agree exact check-in times later.",
  values: "What matters to you, and how you see things.",
  communication: "How you like to talk and be supported. Differences here aren't dealbreakers; they become things to talk about together.",
  boundaries: "What's off-limits for you, and anything else you'd like us to know. Everything on this page is optional.",
  review: "Here's everything you've told us. Change anything you like, then choose whether to be open to matching.",
};

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { step } = await params;
  const title = isStep(step) ? steps[stepNumber(step) - 1]!.title : "Questionnaire";
  return { title: `${title} · Questionnaire`, robots: { index: false } };
}

/** What each form starts from: the saved answers, or empty ones (with the member's name and zone). */
function initialValues(step: Exclude<StepId, "review">, state: State) {
  const a = state.answers;
  switch (step) {
    case "about":
      return a.about
        ? { ...a.about, pronouns: a.about.pronouns ?? "", intro: a.about.intro ?? "", goals: a.about.goals.length > 0 ? a.about.goals : [""] }
        : { displayName: state.displayName, pronouns: "", intro: "", languages: [], focusAreas: [], goals: [""] };
    case "commitment":
      return a.commitment ?? {};
    case "schedule":
      return a.schedule ? { ...a.schedule, timezone: state.timezone } : { timezone: state.timezone, availability: [], channels: [] };
    case "values":
      return a.values ?? { values: [], beliefs: {} };
    case "communication":
      return a.communication ?? {};
    case "boundaries":
      return a.boundaries
        ? { ...a.boundaries, offLimitTopics: a.boundaries.offLimitTopics ?? "", partnerPreferences: a.boundaries.partnerPreferences ?? "" }
        : { offLimitTopics: "", partnerPreferences: "", mustShareLanguage: false };
  }
}

export default async function OnboardingStepPage({ params }: Params) {
  const { step } = await params;
  if (!isStep(step)) notFound();
  const user = await requireMember(`/onboarding/${step}`);
  const api = await caller();
  const state = await api.onboarding.state();
  const finished = state.completedAt !== null;

  // The first time through, steps open in order: no further than the next one to answer.
  const allowed = finished ? steps.length : state.completedSteps + 1;
  if (stepNumber(step) > allowed) redirect(`/onboarding/${state.nextStep ?? "review"}`);

  const title = steps[stepNumber(step) - 1]!.title;
  // Once every step is saved, editing one goes back to the review page rather than on through the rest.
  const allSaved = finished || state.nextStep === null;
  const common = { memberKey: user.id, finished: allSaved };

  return (
    <Container width="prose" className="py-8 sm:py-12">
      <OnboardingProgress current={step} completedSteps={state.completedSteps} finished={finished} />
      <StepHeading className="mt-8">{step === "review" && finished ? "Your answers" : title}</StepHeading>
      <p className="mt-3 text-lg text-muted">{intros[step]}</p>

      {step === "about" ? <AboutStep {...common} initial={initialValues(step, state) as StepFormValues["about"]} /> : null}
      {step === "commitment" ? <CommitmentStep {...common} initial={initialValues(step, state) as StepFormValues["commitment"]} /> : null}
      {step === "schedule" ? <ScheduleStep {...common} initial={initialValues(step, state) as StepFormValues["schedule"]} /> : null}
      {step === "values" ? <ValuesStep {...common} initial={initialValues(step, state) as StepFormValues["values"]} /> : null}
      {step === "communication" ? (
        <CommunicationStep {...common} initial={initialValues(step, state) as StepFormValues["communication"]} />
      ) : null}
      {step === "boundaries" ? <BoundariesStep {...common} initial={initialValues(step, state) as StepFormValues["boundaries"]} /> : null}

      {step === "review" ? (
        <div className="mt-8 space-y-10">
          <AnswersSummary answers={state.answers} />
          <section aria-labelledby="matching-heading" className="rounded-2xl border border-line bg-surface p-5 shadow-soft sm:p-6">
            <h2 id="matching-heading" className="text-xl font-semibold">
              {finished ? "Matching" : "One last choice"}
            </h2>
            <div className="mt-4">
              <FinishForm emailVerified={state.emailVerified} finished={finished} openToMatching={state.openToMatching} />
            </div>
          </section>
        </div>
      ) : null}
    </Container>
  );
}
