import type { Metadata } from "next";
import Link from "next/link";
import { AdminNav } from "@/components/moderation/admin-nav";
import { PageLinks, pageFrom } from "@/components/moderation/page-links";
import { momentWords, statusWords, subjectWords } from "@/components/moderation/words";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { requireModerator } from "@/server/auth/require-moderator";
import { categoryWords } from "@/shared/reports/categories";
import { caller } from "@/trpc/server";

export const metadata: Metadata = { title: "Reports", robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ReportQueuePage({ searchParams }: { searchParams: SearchParams }) {
  await requireModerator();
  const page = pageFrom((await searchParams).page);
  const queue = await (await caller()).moderation.queue({ page });

  return (
    <Container className="py-12 sm:py-16">
      <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Reports</h1>
      <AdminNav current="reports" />
      <p className="mt-4 text-lg text-muted">
        {queue.open === 0 ? "No reports are waiting." : `${queue.open} ${queue.open === 1 ? "report is" : "reports are"} waiting, the longest-waiting first.`}
      </p>

      {queue.items.length === 0 ? (
        <p className="mt-8">Nothing here yet. Reports members send will appear on this page.</p>
      ) : (
        <ul className="mt-8 space-y-4">
          {queue.items.map((report) => (
            <li key={report.id}>
              <Card className="p-4! sm:p-5!">
                <p className="text-sm font-medium text-muted">{statusWords[report.status]}</p>
                <h2 className="mt-1 text-lg font-semibold break-words">
                  <Link href={`/admin/reports/${report.id}`} className="underline underline-offset-4">
                    {categoryWords[report.category].label}: {report.reportedName}
                  </Link>
                </h2>
                <p className="mt-1 text-sm">
                  {subjectWords[report.subject]} · sent {momentWords(report.createdAt)}
                  {report.resolvedAt ? ` · decided ${momentWords(report.resolvedAt)}` : ""}
                </p>
              </Card>
            </li>
          ))}
        </ul>
      )}
      <PageLinks path="/admin/reports" page={page} hasMore={queue.hasMore} labels={{ previous: "Earlier page", next: "Next page" }} />
    </Container>
  );
}
