import type { Metadata } from "next";
import { IncomingRequests } from "@/components/requests/incoming-requests";
import { OutgoingRequests } from "@/components/requests/outgoing-requests";
import { PastRequests } from "@/components/requests/past-requests";
import { PageStatusProvider } from "@/components/requests/page-status";
import { Container } from "@/components/ui/container";
import { requireMember } from "@/server/auth/require-member";
import { caller } from "@/trpc/server";

export const metadata: Metadata = { title: "Requests", robots: { index: false } };

export default async function RequestsPage() {
  await requireMember("/requests");
  const api = await caller();
  const [lists, me] = await Promise.all([api.requests.list(), api.account.me()]);
  // Dates are written in the member's own timezone, worked out when the page opens.
  const now = new Date();

  return (
    <Container width="prose" className="py-12 sm:py-16">
      <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Your requests</h1>
      <p className="mt-3 text-lg text-muted">Requests to be accountability partners, to you and from you. Nothing starts unless you both say yes.</p>

      <PageStatusProvider>
        <IncomingRequests requests={lists.incoming} zone={me.timezone} now={now} />
        <OutgoingRequests requests={lists.outgoing} limits={lists.limits} zone={me.timezone} now={now} />
        <PastRequests requests={lists.pastIncoming} zone={me.timezone} now={now} />
      </PageStatusProvider>
    </Container>
  );
}
