import type { Metadata } from "next";
import Link from "next/link";
import { AdminNav } from "@/components/moderation/admin-nav";
import { PageLinks, pageFrom } from "@/components/moderation/page-links";
import { actionWords, momentWords } from "@/components/moderation/words";
import { Container } from "@/components/ui/container";
import { requireModerator } from "@/server/auth/require-moderator";
import { caller } from "@/trpc/server";

export const metadata: Metadata = { title: "Moderation audit log", robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AuditLogPage({ searchParams }: { searchParams: SearchParams }) {
  await requireModerator();
  const page = pageFrom((await searchParams).page);
  const log = await (await caller()).moderation.auditLog({ page });

  return (
    <Container className="py-12 sm:py-16">
      <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Audit log</h1>
      <AdminNav current="audit" />
      <p className="mt-4 text-lg text-muted">Every moderator decision, newest first: who, when, about whom and why.</p>
      {log.items.length === 0 ? (
        <p className="mt-8">No decisions yet.</p>
      ) : (
        <ul className="mt-8 space-y-5">
          {log.items.map((entry) => (
            <li key={entry.id} className="border-b border-line pb-4">
              <p className="font-medium break-words">
                {actionWords[entry.type]}: {entry.memberName}
              </p>
              <p className="text-sm text-muted">
                By {entry.moderatorName}, {momentWords(entry.at)}
                {entry.reportId ? (
                  <>
                    {" · "}
                    <Link href={`/admin/reports/${entry.reportId}`} className="underline underline-offset-4">
                      the report
                    </Link>
                  </>
                ) : null}
              </p>
              <p className="mt-1 whitespace-pre-wrap break-words">{entry.reason}</p>
            </li>
          ))}
        </ul>
      )}
      <PageLinks path="/admin/audit" page={page} hasMore={log.hasMore} labels={{ previous: "Newer entries", next: "Older entries" }} />
    </Container>
  );
}
