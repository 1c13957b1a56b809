import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnswerForm, type AnswerValues } from "@/components/check-ins/answer-form";
import { OccurrenceList } from "@/components/check-ins/occurrence-list";
import { PartnerAnswers } from "@/components/check-ins/partner-answers";
import { DangerSentence } from "@/components/crisis/danger-sentence";
import { dayTimeWords } from "@/components/requests/dates";
import { Alert } from "@/components/ui/alert";
import { Container } from "@/components/ui/container";
import { requireMember } from "@/server/auth/require-member";
import { getCrisisPlace } from "@/server/crisis/place";
import { channels } from "@/shared/agreement/fields";
import { reliabilityWords } from "@/shared/check-ins/reliability-words";
import { caller } from "@/trpc/server";

export const metadata: Metadata = { title: "Check-ins", robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ checkIn?: string | string[] }> };

const notFoundCodes = new Set(["NOT_FOUND", "BAD_REQUEST"]);

async function load(partnershipId: string) {
  const api = await caller();
  try {
    return await Promise.all([api.partnerships.get({ partnershipId }), api.account.me(), api.checkIns.list({ partnershipId })]);
  } catch (error) {
    if (error instanceof TRPCError && notFoundCodes.has(error.code)) notFound();
    throw error;
  }
}

/** The chosen check-in, or null when the id is unknown here (the list still shows). */
async function loadCheckIn(partnershipId: string, checkInId: string | undefined) {
  if (!checkInId) return null;
  const api = await caller();
  try {
    return await api.checkIns.get({ partnershipId, checkInId });
  } catch (error) {
    if (error instanceof TRPCError && notFoundCodes.has(error.code)) return null;
    throw error;
  }
}

const channelWords = (value: string) => channels.find((c) => c.value === value)?.label.toLowerCase() ?? "";

export default async function CheckInsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { checkIn: rawCheckIn } = await searchParams;
  const user = await requireMember(`/partnerships/${encodeURIComponent(id)}/check-ins`);
  const [partnership, me, listed] = await load(id);
  const checkInId = typeof rawCheckIn === "string" ? rawCheckIn : undefined;
  const [selected, place] = await Promise.all([loadCheckIn(partnership.id, checkInId), getCrisisPlace()]);
  const name = partnership.partner.displayName;
  const zone = me.timezone ?? listed.timeZone ?? "UTC";
  const now = new Date();
  const back = `/partnerships/${encodeURIComponent(partnership.id)}`;
  const kept = listed.reliability ? reliabilityWords(listed.reliability) : null;

  const initial: AnswerValues | null = selected
    ? selected.mine
      ? {
          // An answer saved to a question that has since changed starts empty.
          answers: selected.questions.map((question, i) => {
            const saved = selected.mine?.answers[i];
            return saved?.question === question ? { text: saved.text, private: saved.private } : { text: "", private: false };
          }),
          mood: selected.mine.mood,
          energy: selected.mine.energy,
          moodPrivate: selected.mine.moodPrivate,
          win: selected.mine.win,
          winPrivate: selected.mine.winPrivate,
          nextCommitment: selected.mine.nextCommitment,
          nextCommitmentPrivate: selected.mine.nextCommitmentPrivate,
          commitmentsDone: selected.mine.commitmentsDone.filter((i) => i < selected.commitments.length),
        }
      : { answers: selected.questions.map(() => ({ text: "", private: false })), mood: null, energy: null, moodPrivate: false, win: "", winPrivate: false, nextCommitment: "", nextCommitmentPrivate: false, commitmentsDone: [] }
    : null;

  return (
    <Container width="prose" className="py-12 sm:py-16">
      <p>
        <Link href={back}>Back to your partnership</Link>
      </p>
      <h1 className="mt-4 text-3xl font-semibold tracking-tight break-words sm:text-4xl">Check-ins with {name}</h1>
      {listed.hasAgreement ? <p className="mt-2"><Link href={`${back}/progress`}>See your progress together</Link></p> : null}
      {!listed.hasAgreement ? (
        <p className="mt-6">
          {partnership.status === "ENDED"
            ? "This partnership has ended, so there are no check-ins to log."
            : "Check-ins start once you've both signed an agreement. "}
          <Link href={back}>See where things stand</Link>.
        </p>
      ) : (
        <>
          <p className="mt-4 text-muted">
            After you talk, either of you logs the check-in here, then you each add your own answers. {name} sees what you share; anything you keep to yourself stays with you.
            Times are in your timezone.
          </p>
          {listed.status === "PAUSED" ? (
            <Alert tone="info" className="mt-6">
              Your partnership is paused, so there&apos;s nothing new to log for now. Check-ins you already logged are still here to answer.
            </Alert>
          ) : null}
          {kept ? (
            <p className="mt-6" data-testid="check-ins-kept">
              {kept} <span className="text-muted">Over the last 8 weeks, not counting pauses. Only you and {name} see this.</span>
            </p>
          ) : null}
          <OccurrenceList partnershipId={partnership.id} listed={listed} zone={zone} partnerName={name} canLog={listed.status === "ACTIVE"} selected={selected?.checkIn.id ?? null} />
        </>
      )}
      {checkInId && !selected ? (
        <Alert tone="attention" className="mt-8">
          We couldn&apos;t find that check-in. Choose one from the list above.
        </Alert>
      ) : null}
      {selected && initial ? (
        <section id="answers" aria-labelledby="check-in-heading" className="mt-12 border-t border-line pt-8">
          <h2 id="check-in-heading" className="text-2xl font-semibold">
            Check-in of <time dateTime={selected.checkIn.occurrenceStart.toISOString()}>{dayTimeWords(selected.checkIn.occurrenceStart, zone, now)}</time>
          </h2>
          <p className="mt-2 text-muted">
            Started {dayTimeWords(selected.checkIn.happenedAt, zone, now)}, about {selected.checkIn.durationMinutes} minutes by {channelWords(selected.checkIn.channel)}
            {selected.checkIn.loggedBy === "you" ? ". You logged it." : selected.checkIn.loggedBy === "partner" ? `. ${name} logged it.` : "."}
          </p>
          {selected.canAnswer ? (
            <AnswerForm
              partnershipId={partnership.id}
              checkInId={selected.checkIn.id}
              memberKey={user.id}
              partnerName={name}
              questions={selected.questions}
              commitments={selected.commitments}
              initial={initial}
              crisisNote={
                <>
                  <DangerSentence country={place.country} /> <Link href="/help">More support and crisis lines</Link>.
                </>
              }
            />
          ) : (
            <p className="mt-6 text-muted">Answers can&apos;t be changed any more, as this partnership has ended.</p>
          )}
          <PartnerAnswers shared={selected.partner} partnerName={name} partnerId={partnership.partner.memberId} checkInId={selected.checkIn.id} />
        </section>
      ) : null}
    </Container>
  );
}
