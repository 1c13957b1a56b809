import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PauseForm, type PauseFormMode } from "@/components/pauses/pause-form";
import { resumeDay } from "@/components/pauses/paused-until";
import { Alert } from "@/components/ui/alert";
import { Container } from "@/components/ui/container";
import { requireMember } from "@/server/auth/require-member";
import { dayOf } from "@/shared/pauses/rules";
import { caller } from "@/trpc/server";

export const metadata: Metadata = { title: "Take a pause", robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ answer?: string | string[]; extend?: string | string[] }> };

async function load(partnershipId: string) {
  const api = await caller();
  try {
    return await Promise.all([api.partnerships.get({ partnershipId }), api.pauses.current({ partnershipId }), api.account.me()]);
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
}

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

/** A new pause, other dates for the partner's request (`?answer=`), or a longer running pause (`?extend=`). */
export default async function PausePage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  await requireMember(`/partnerships/${encodeURIComponent(id)}/pause`);
  const [partnership, pauses, me] = await load(id);
  const name = partnership.partner.displayName;
  const back = `/partnerships/${encodeURIComponent(partnership.id)}`;
  const answering = one(query.answer) && pauses.request && !pauses.request.mine && pauses.request.id === one(query.answer) ? pauses.request : null;
  const extending = one(query.extend) && pauses.pause?.status === "ACTIVE" && pauses.pause.id === one(query.extend) ? pauses.pause : null;
  const mode: PauseFormMode | null = answering ? { kind: "propose", pauseId: answering.id } : extending ? { kind: "extend", pauseId: extending.id } : pauses.request || pauses.pause ? null : { kind: "request" };
  const terms = pauses.terms;
  const weeks = terms ? (terms.maxPauseWeeks === 1 ? "1 week" : `${terms.maxPauseWeeks} weeks`) : null;
  const title = mode?.kind === "propose" ? "Suggest other dates" : mode?.kind === "extend" ? "Ask for a longer pause" : "Take a pause";

  return (
    <Container width="prose" className="py-12 sm:py-16">
      <p>
        <Link href={back}>Back to your partnership with {name}</Link>
      </p>
      <h1 className="mt-4 text-3xl font-semibold tracking-tight break-words sm:text-4xl">{title}</h1>
      {!terms || !pauses.today || (partnership.status !== "ACTIVE" && partnership.status !== "PAUSED") ? (
        <Alert tone="info" className="mt-8">
          <p>Pauses are for partnerships with an agreement in force. There&apos;s nothing to pause here right now.</p>
        </Alert>
      ) : !mode ? (
        <Alert tone="info" className="mt-8">
          <p>
            {pauses.pause
              ? `You already have a pause ${pauses.pause.status === "ACTIVE" ? "under way" : "planned"}, picking up again on ${resumeDay(pauses.pause.endsAt, me.timezone)}.`
              : "There's already a pause request waiting for an answer."}{" "}
            <Link href={back}>See it on your partnership page</Link>.
          </p>
        </Alert>
      ) : (
        <>
          <div className="mt-4 space-y-3 text-lg text-muted">
            <p>
              Pauses are a normal part of any partnership. While you&apos;re paused there are no check-ins, no reminders and nothing counted as
              missed. Your agreement allows a pause of up to {weeks}
              {mode.kind === "extend" ? " in all" : ""}.
            </p>
            <p>
              {mode.kind === "propose"
                ? `${name} will see your dates and can agree to them, or not.`
                : terms.pauseAlone
                  ? `Your agreement lets either of you pause alone, so it ${mode.kind === "extend" ? "gets longer" : "starts"} as soon as you confirm${mode.kind === "request" ? " (or on the day you choose)" : ""}. We'll let ${name} know kindly.`
                  : `${name} will be asked first: they can say yes, not now, or suggest other dates. Nothing changes until they answer.`}
            </p>
          </div>
          <PauseForm
            partnershipId={partnership.id}
            partnerName={name}
            mode={mode}
            today={pauses.today}
            maxDays={terms.maxPauseWeeks * 7}
            begunOn={extending ? dayOf(extending.startsAt, terms.timeZone) : undefined}
          />
        </>
      )}
    </Container>
  );
}
