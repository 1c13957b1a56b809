import type { Metadata } from "next";
import Link from "next/link";
import { BackToMatchingCard } from "@/components/dashboard/back-to-matching-card";
import { AnswersOverview } from "@/components/dashboard/answers-overview";
import { MatchingCard } from "@/components/dashboard/matching-card";
import { NextSteps } from "@/components/dashboard/next-steps";
import { PartnershipsCard } from "@/components/dashboard/partnerships-card";
import { QuestionnaireCard } from "@/components/dashboard/questionnaire-card";
import { UpcomingCard } from "@/components/dashboard/upcoming-card";
import { WaitingRequestsCard } from "@/components/dashboard/waiting-requests-card";
import { ResendVerification } from "@/components/dashboard/resend-verification";
import { Alert } from "@/components/ui/alert";
import { Container } from "@/components/ui/container";
import { requireMember } from "@/server/auth/require-member";
import { steps as questionnaireSteps } from "@/shared/onboarding/questionnaire";
import { caller } from "@/trpc/server";

export const metadata: Metadata = { title: "Your dashboard", robots: { index: false } };

export default async function DashboardPage() {
  await requireMember("/dashboard");
  const api = await caller();
  const [me, onboarding] = await Promise.all([api.account.me(), api.onboarding.state()]);
  const finished = onboarding.completedAt !== null;
  const [partnerships, capacity, upcoming, requests] = finished
    ? await Promise.all([api.partnerships.list(), api.partnerships.capacity(), api.calendar.upcoming(), api.requests.list()])
    : [[], null, [], null];
  const current = partnerships.filter((p) => p.status !== "ENDED");
  const waiting = requests?.incoming ?? [];
  // The checklist's last step: has any signed partnership logged a check-in yet?
  const checkedIn = current.some((p) => (p.status === "ACTIVE" || p.status === "PAUSED") && p.checkedIn);
  const lastEnded = current.length === 0 ? partnerships.filter((p) => p.endedAt !== null).sort((x, y) => (y.endedAt?.getTime() ?? 0) - (x.endedAt?.getTime() ?? 0))[0] : undefined;
  const now = new Date();

  return (
    <Container width="prose" className="py-12 sm:py-16">
      <h1 className="text-3xl font-semibold tracking-tight break-words sm:text-4xl">Hi, {me.displayName}</h1>
      <p className="mt-3 text-lg text-muted">
        {finished
          ? "Your answers are saved. Here's where things stand."
          : me.emailVerified
            ? "Your account is ready. Here's what happens next, at your own pace."
            : "Your account is ready. There's one small thing to do first."}
      </p>

      {me.emailVerified ? null : (
        <Alert tone="attention" role="note" title="Please confirm your email" titleAs="h2" className="mt-8">
          <p>
            We sent a link to <strong className="font-semibold break-all">{me.email}</strong>. Confirming your email lets you open to
            matching and send or answer partner requests. You can look around before then.
          </p>
          <p className="text-muted">Can&apos;t find it? It sometimes lands in a spam or junk folder, or you can ask for a new one.</p>
          <ResendVerification />
        </Alert>
      )}

      {finished ? (
        <>
          <WaitingRequestsCard requests={waiting} zone={me.timezone} now={now} />
          <PartnershipsCard partnerships={current} zone={me.timezone} now={now} />
          {lastEnded?.endedAt ? (
            <BackToMatchingCard ended={{ partnerName: lastEnded.partner.displayName, endedAt: lastEnded.endedAt }} open={onboarding.openToMatching} zone={me.timezone} now={now} />
          ) : null}
          <UpcomingCard items={upcoming} viewerZone={me.timezone} />
          <MatchingCard
            open={onboarding.openToMatching}
            emailVerified={me.emailVerified}
            capacity={capacity}
          />
          <AnswersOverview answers={onboarding.answers} />
        </>
      ) : (
        <QuestionnaireCard completedSteps={onboarding.completedSteps} />
      )}

      <NextSteps
        emailVerified={me.emailVerified}
        completedSteps={onboarding.completedSteps}
        answerSteps={questionnaireSteps.length - 1}
        finished={finished}
        openToMatching={onboarding.openToMatching}
        waitingRequests={waiting.length}
        partnerships={current.map((p) => ({ status: p.status, partnerName: p.partner.displayName }))}
        checkedIn={checkedIn}
      />

      <section aria-labelledby="account-heading" className="mt-10 rounded-2xl bg-surface-2 p-5 sm:p-6">
        <h2 id="account-heading" className="font-semibold">
          Your account
        </h2>
        <p className="mt-1 text-muted">
          Signed in as <span className="break-all text-fg">{me.email}</span>. Only you can see this email.
        </p>
        <p className="mt-2">
          <Link href="/settings/security" className="inline-flex min-h-11 items-center font-medium text-primary-text underline underline-offset-4">
            Password and signing out
          </Link>
        </p>
      </section>
    </Container>
  );
}
