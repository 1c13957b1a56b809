import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { DangerSentence } from "@/components/crisis/danger-sentence";
import { ReportForm } from "@/components/reports/report-form";
import { Container } from "@/components/ui/container";
import { requireMember } from "@/server/auth/require-member";
import { getCrisisPlace } from "@/server/crisis/place";
import { reportSubjects, zReportAboutInput, type ReportSubjectInput } from "@/shared/reports/schemas";
import { caller } from "@/trpc/server";

export const metadata: Metadata = { title: "Report a concern", robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const single = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

/** What the report is about, in words, under the heading. */
const aboutWords: Record<ReportSubjectInput, string> = {
  PROFILE: "their profile",
  REQUEST_NOTE: "a partner request between you",
  PARTNERSHIP: "your partnership",
  AGREEMENT: "your partnership agreement",
  CHECK_IN_ANSWER: "what they shared in a check-in",
};

function returnPath(params: Record<string, string | string[] | undefined>): string {
  const query = new URLSearchParams();
  for (const key of ["member", "about", "id"]) {
    const value = single(params[key]);
    if (value) query.set(key, value);
  }
  return `/report?${query.toString()}`;
}

/** The member to report, or null when the address names nobody this member can report there. */
async function targetOf(input: { memberId: string; about: ReportSubjectInput; id?: string }) {
  const parsed = zReportAboutInput.safeParse(input);
  if (!parsed.success) return null;
  try {
    return await (await caller()).reports.target(parsed.data);
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) return null;
    throw error;
  }
}

function NothingToReport() {
  return (
    <Container width="prose" className="py-12 sm:py-16">
      <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">We couldn&apos;t find what you wanted to report</h1>
      <p className="mt-4 text-lg">
        The link may be out of date, or what it pointed to may have been removed. You can report someone from their suggestion card,
        a request, your partnership page or a check-in.
      </p>
      <p className="mt-4">
        If you feel unsafe right now, <Link href="/help" className="font-medium text-primary-text underline">get help now</Link>.
      </p>
    </Container>
  );
}

export default async function ReportPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  await requireMember(returnPath(params));
  const memberId = single(params.member) ?? "";
  const aboutParam = single(params.about) ?? "PROFILE";
  const about = (reportSubjects as readonly string[]).includes(aboutParam) ? (aboutParam as ReportSubjectInput) : null;
  const id = single(params.id);
  const target = about ? await targetOf({ memberId, about, ...(id ? { id } : {}) }) : null;
  if (!about || !target) return <NothingToReport />;
  const place = await getCrisisPlace();

  return (
    <Container width="prose" className="py-12 sm:py-16">
      <h1 className="text-3xl font-semibold tracking-tight break-words sm:text-4xl">Report a concern about {target.displayName}</h1>
      <p className="mt-3 text-lg text-muted">
        About {aboutWords[about]}. Telling us helps keep Tandem safe. Take your time — only Tandem&apos;s moderators will read this.
      </p>
      <ReportForm memberId={memberId} about={about} {...(id ? { id } : {})} name={target.displayName} safetyNote={<DangerSentence country={place.country} />} />
    </Container>
  );
}
