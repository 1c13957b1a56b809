import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { TextField } from "@/components/ui/field";
import { clientIp } from "@/server/auth/client-ip";
import { devMailboxOpenTo } from "@/server/mail/dev-mailbox";
import { caller } from "@/trpc/server";

export const metadata: Metadata = { title: "Dev mailbox", robots: { index: false } };
export const dynamic = "force-dynamic";

/** Local mode only, for this machine only: every email Tandem "sent", so sign-up and reset links work offline. */
export default async function DevMailboxPage({ searchParams }: { searchParams: Promise<{ to?: string }> }) {
  if (!devMailboxOpenTo(clientIp(await headers()))) notFound();
  const { to } = await searchParams;
  const api = await caller();
  const emails = await api.devMailbox.list({ to: to || undefined, limit: 50 }).catch(() => []);

  return (
    <Container width="prose" className="py-12">
      <h1 className="text-3xl font-semibold tracking-tight">Dev mailbox</h1>
      <p className="mt-2 text-muted">
        Without SMTP settings, Tandem keeps its emails here instead of sending them. Only local installations have this page.
      </p>
      <form className="mt-6 flex flex-wrap items-end gap-3" method="get">
        <TextField label="Show emails to" name="to" type="email" defaultValue={to} optional />
        <Button type="submit" variant="secondary">
          Filter
        </Button>
      </form>
      {emails.length === 0 ? (
        <p className="mt-8 text-muted">No emails yet. When Tandem sends one — a sign-up link, say — it appears here.</p>
      ) : (
        <ol className="mt-8 space-y-4" aria-label="Emails, newest first">
          {emails.map((email) => (
            <Card as="li" key={email.id}>
              <CardTitle as="h2">{email.subject}</CardTitle>
              <CardDescription>
                To {email.toAddress} · {email.sentAt?.toISOString().replace("T", " ").slice(0, 16)} UTC
              </CardDescription>
              <pre className="mt-4 font-sans break-words whitespace-pre-wrap" data-testid="email-body">
                {email.textBody}
              </pre>
            </Card>
          ))}
        </ol>
      )}
    </Container>
  );
}
