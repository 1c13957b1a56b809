import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AgreementDocument } from "@/components/agreement/agreement-document";
import { PrintButton } from "@/components/agreement/print-button";
import { buttonClasses } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { requireMember } from "@/server/auth/require-member";
import { agreementMarkdownFilename } from "@/shared/agreement/markdown";
import { caller } from "@/trpc/server";

export const metadata: Metadata = { title: "Your agreement", robots: { index: false } };

type Props = { params: Promise<{ id: string; number: string }> };

/** A version number as it appears in the path; anything else is not a version. */
const numberInPath = /^[1-9][0-9]{0,5}$/;

/** The version, or Next's not-found page for a stranger, a malformed id or a number with no version. */
async function load(partnershipId: string, number: string) {
  if (!numberInPath.test(number)) notFound();
  const api = await caller();
  try {
    return await api.agreement.version({ partnershipId, number: Number(number) });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
}

export default async function AgreementVersionPage({ params }: Props) {
  const { id, number } = await params;
  const path = `/partnerships/${encodeURIComponent(id)}/agreement/versions/${encodeURIComponent(number)}`;
  await requireMember(path);
  const { content, meta } = await load(id, number);

  return (
    <Container width="prose" className="py-12 sm:py-16 print:py-0">
      <nav aria-label="Your agreement" className="flex flex-wrap gap-x-6 gap-y-2 print:hidden">
        <Link href={`/partnerships/${encodeURIComponent(id)}`}>Back to your partnership</Link>
        <Link href={`/partnerships/${encodeURIComponent(id)}/agreement/versions`}>All versions</Link>
      </nav>
      <div className="mt-6 flex flex-wrap gap-3 print:hidden">
        <PrintButton>Print</PrintButton>
        <a href={`${path}/markdown`} download={agreementMarkdownFilename(meta.number)} className={buttonClasses({ variant: "secondary" })}>
          Download as Markdown
        </a>
      </div>
      <p className="mt-3 text-sm text-muted print:hidden">Only you and your partner can open this page. The download is a plain text file you can keep.</p>
      <AgreementDocument agreement={content} meta={meta} className="mt-10 print:mt-0" />
    </Container>
  );
}
