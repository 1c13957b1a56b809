import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminNav } from "@/components/moderation/admin-nav";
import { DecideReport } from "@/components/moderation/decide-report";
import { LiftSuspension } from "@/components/moderation/lift-suspension";
import { SubjectView } from "@/components/moderation/subject-view";
import { actionWords, momentWords, statusWords, subjectWords } from "@/components/moderation/words";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { requireModerator } from "@/server/auth/require-moderator";
import { categoryWords } from "@/shared/reports/categories";
import { caller } from "@/trpc/server";

export const metadata: Metadata = { title: "A report", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

async function loadReport(reportId: string) {
  try {
    return await (await caller()).moderation.report({ reportId });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
}

export default async function ReportPage({ params }: Props) {
  const me = await requireModerator();
  const { id } = await params;
  const report = await loadReport(id);
  const name = report.reported?.name ?? "A former member";
  const aboutMe = report.reported?.id === me.id;

  return (
    <Container width="prose" className="py-12 sm:py-16">
      <p>
        <Link href="/admin/reports" className="font-medium text-primary-text underline underline-offset-4">
          All reports
        </Link>
      </p>
      <h1 className="mt-4 text-3xl font-semibold tracking-tight break-words sm:text-4xl">
        {categoryWords[report.category].label}: {name}
      </h1>
      <AdminNav current="reports" />
      <dl className="mt-6 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
        <dt className="font-medium">Status</dt>
        <dd>{statusWords[report.status]}{report.resolvedAt ? `, ${momentWords(report.resolvedAt)}` : ""}</dd>
        <dt className="font-medium">Sent by</dt>
        <dd>{report.reporterName}, {momentWords(report.createdAt)}</dd>
        <dt className="font-medium">About</dt>
        <dd>{subjectWords[report.subject]}</dd>
      </dl>

      <section aria-labelledby="details-heading" className="mt-10">
        <h2 id="details-heading" className="text-xl font-semibold">What the reporter wrote</h2>
        <p className="mt-2 whitespace-pre-wrap break-words">{report.details}</p>
      </section>

      <section aria-labelledby="subject-heading" className="mt-10">
        <h2 id="subject-heading" className="text-xl font-semibold">{subjectWords[report.subject]}</h2>
        <div className="mt-3">
          <SubjectView context={report.context} reportedName={name} />
        </div>
      </section>

      <section aria-labelledby="history-heading" className="mt-10">
        <h2 id="history-heading" className="text-xl font-semibold">Decisions about {name}</h2>
        {report.history.length === 0 ? (
          <p className="mt-2">None.</p>
        ) : (
          <ul className="mt-3 space-y-3">
            {report.history.map((action, index) => (
              <li key={index}>
                <p className="font-medium">
                  {actionWords[action.type]} by {action.moderatorName}, {momentWords(action.at)}
                </p>
                <p className="whitespace-pre-wrap break-words text-muted">{action.reason}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <Card className="mt-10">
        {aboutMe ? (
          <p>This report is about you, so another moderator needs to decide it.</p>
        ) : report.status === "OPEN" ? (
          <DecideReport reportId={report.id} name={name} canSuspend={report.reported !== null && report.reported.status !== "DELETED"} />
        ) : (
          <p>This report has been decided: {statusWords[report.status].toLowerCase()}.</p>
        )}
        {report.reported?.status === "SUSPENDED" && !aboutMe ? (
          <div className="mt-8 border-t border-line pt-6">
            <LiftSuspension memberId={report.reported.id} name={name} />
          </div>
        ) : null}
      </Card>
    </Container>
  );
}
