import "server-only";
import type { Db, Tx } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { readingPartnership, withPartnership, type PartnershipAccess } from "@/server/partnerships/access";
import { recordPartnershipEvent } from "@/server/partnerships/events";
import type { AnswerCheckInInput, LogCheckInInput } from "@/shared/check-ins/schemas";
import { checkInTerms, type CheckInTerms } from "./agreement-in-force";
import { answerRowSelect, ownView, sharedView, type StoredAnswer } from "./answer-views";
import { reliability, reliabilityWeeks } from "./missed-rules";
import { earlyMinutes, happenedProblem, isOccurrence, maxAgeDays, occurrenceState, recentOccurrences } from "./rules";

/*
 * Check-ins of one partnership, for its two members only: every call starts with the partnership
 * locked for the caller (strangers and blocked pairs get NOT_FOUND). Nothing here logs: answers
 * are member text, and errors name no answer.
 */

const noAgreement = () => new AppError("PRECONDITION", "Check-ins start once you've both signed an agreement. Your partnership page shows where things stand.");
const ended = () => new AppError("PRECONDITION", "This partnership has ended, so check-ins can't be logged or answered any more.");
const paused = () =>
  new AppError("PRECONDITION", "Your partnership is paused, so there's nothing to log for now. When you pick things up again, your check-ins carry on here.");
const checkInNotFound = () => new AppError("NOT_FOUND", "We couldn't find that check-in.");

async function termsOrThrow(tx: Tx, access: PartnershipAccess): Promise<CheckInTerms> {
  if (access.partnership.status === "ENDED") throw ended();
  const terms = access.partnership.status === "DRAFTING" ? null : await checkInTerms(tx, access);
  if (!terms) throw noAgreement();
  return terms;
}

/** The recent check-ins (the last 14 days, then the next one), each with whether it was logged and who answered. */
export async function listCheckIns(db: Db, memberId: string, partnershipId: string, now = new Date()) {
  return readingPartnership(db, { partnershipId, memberId }, async (tx, access) => {
    const status = access.partnership.status;
    const terms = status === "ACTIVE" || status === "PAUSED" ? await checkInTerms(tx, access) : null;
    if (!terms) return { status, hasAgreement: false as const, timeZone: null, agreed: null, occurrences: [], reliability: null };
    const occurrences = recentOccurrences(terms.rhythm, terms.paused, now);
    const logged = await tx.checkIn.findMany({
      where: { partnershipId: access.partnership.id, occurrenceStart: { in: occurrences.map((o) => o.start) } },
      select: { id: true, occurrenceStart: true, answers: { select: { memberId: true } } },
    });
    const keptLately = await tx.checkIn.findMany({
      where: { partnershipId: access.partnership.id, occurrenceStart: { gte: new Date(now.getTime() - reliabilityWeeks * 7 * 24 * 60 * 60_000) } },
      select: { occurrenceStart: true },
    });
    const byStart = new Map(logged.map((row) => [row.occurrenceStart.getTime(), row]));
    return {
      status,
      hasAgreement: true as const,
      timeZone: terms.rhythm.timeZone,
      agreed: { durationMinutes: terms.rhythm.durationMinutes, channel: terms.channel },
      /** Kept of the last 8 weeks' check-ins, pauses left out: for the two partners' eyes only. */
      reliability: reliability(terms.rhythm, terms.paused, new Set(keptLately.map((row) => row.occurrenceStart.getTime())), now),
      occurrences: occurrences.map((o) => {
        const row = byStart.get(o.start.getTime());
        return {
          start: o.start,
          end: o.end,
          state: row ? ("logged" as const) : occurrenceState(o.start, now),
          checkInId: row?.id ?? null,
          youAnswered: row?.answers.some((a) => a.memberId === memberId) ?? false,
          partnerAnswered: row?.answers.some((a) => a.memberId === access.partner.memberId) ?? false,
        };
      }),
    };
  });
}

/**
 * Records that a check-in happened. Logging one that is already logged (the partner, or a second
 * browser, got there first) joins it: the answer names the existing check-in and `created` is false.
 * The partnership lock makes concurrent calls take turns; the unique (partnership, occurrence)
 * index is the backstop.
 */
export async function logCheckIn(db: Db, memberId: string, input: LogCheckInInput, now = new Date()) {
  return withPartnership(db, { partnershipId: input.partnershipId, memberId }, async (tx, access) => {
    const terms = await termsOrThrow(tx, access);
    const existing = await tx.checkIn.findUnique({
      where: { partnershipId_occurrenceStart: { partnershipId: access.partnership.id, occurrenceStart: input.occurrenceStart } },
      select: { id: true },
    });
    if (existing) return { checkInId: existing.id, created: false };
    if (access.partnership.status === "PAUSED") throw paused();
    if (!isOccurrence(terms.rhythm, terms.paused, input.occurrenceStart)) {
      throw new AppError("BAD_INPUT", "That isn't one of your planned check-ins. Choose one from the list.");
    }
    const state = occurrenceState(input.occurrenceStart, now);
    if (state === "upcoming") {
      throw new AppError("BAD_INPUT", `That check-in hasn't happened yet. You can log it from ${earlyMinutes / 60} hours before it starts.`);
    }
    if (state === "too-old") throw new AppError("BAD_INPUT", `That check-in was more than ${maxAgeDays} days ago, so it can't be logged now.`);
    const problem = happenedProblem(input.happenedAt, input.occurrenceStart, now);
    if (problem) {
      const message = problem === "future" ? "That time hasn't come yet. Choose when the check-in actually started." : "Choose a start time within a day of the planned check-in.";
      throw new AppError("BAD_INPUT", message, { fieldErrors: { happenedAt: [message] } });
    }
    const created = await tx.checkIn.create({
      data: {
        partnershipId: access.partnership.id,
        occurrenceStart: input.occurrenceStart,
        happenedAt: input.happenedAt,
        durationMinutes: input.durationMinutes,
        channel: input.channel,
        loggedById: memberId,
      },
      select: { id: true },
    });
    await recordPartnershipEvent(tx, { partnershipId: access.partnership.id, actorId: memberId, type: "CHECK_IN_LOGGED", data: { checkInId: created.id } });
    return { checkInId: created.id, created: true };
  });
}

async function checkInOf(tx: Tx, partnershipId: string, checkInId: string) {
  const checkIn = await tx.checkIn.findFirst({
    where: { id: checkInId, partnershipId },
    select: { id: true, occurrenceStart: true, happenedAt: true, durationMinutes: true, channel: true, loggedById: true },
  });
  if (!checkIn) throw checkInNotFound();
  return checkIn;
}

/** Saves the member's own answers to a logged check-in (again, to change them). */
export async function answerCheckIn(db: Db, memberId: string, input: AnswerCheckInInput) {
  return withPartnership(db, { partnershipId: input.partnershipId, memberId }, async (tx, access) => {
    const terms = await termsOrThrow(tx, access);
    const checkIn = await checkInOf(tx, access.partnership.id, input.checkInId);
    if (input.answers.length !== terms.questions.length) {
      throw new AppError("STALE", "Your check-in questions have changed since this page opened. Reload to see them; what you wrote is kept in this tab.");
    }
    if (input.commitmentsDone.some((index) => index >= terms.commitments.mine.length)) {
      throw new AppError("BAD_INPUT", "Tick only commitments from your agreement.", { fieldErrors: { commitmentsDone: ["Tick only commitments from your agreement."] } });
    }
    const answers: StoredAnswer[] = terms.questions.map((question, i) => ({ question, text: input.answers[i]?.text ?? "", private: input.answers[i]?.private ?? false }));
    const data = {
      answers,
      mood: input.mood,
      energy: input.energy,
      moodPrivate: input.moodPrivate,
      win: input.win,
      winPrivate: input.winPrivate,
      nextCommitment: input.nextCommitment,
      nextCommitmentPrivate: input.nextCommitmentPrivate,
      commitmentsDone: [...input.commitmentsDone].sort((a, b) => a - b),
    };
    const saved = await tx.checkInAnswer.upsert({
      where: { checkInId_memberId: { checkInId: checkIn.id, memberId } },
      create: { checkInId: checkIn.id, memberId, ...data },
      update: data,
      select: { updatedAt: true },
    });
    return { checkInId: checkIn.id, updatedAt: saved.updatedAt };
  });
}

/**
 * One check-in: the member's own answers in full and the partner's shared answers only. Private
 * parts of the partner's answers never leave the server, not even as blanks (see answer-views.ts).
 */
export async function getCheckIn(db: Db, memberId: string, partnershipId: string, checkInId: string) {
  return readingPartnership(db, { partnershipId, memberId }, async (tx, access) => {
    const checkIn = await checkInOf(tx, access.partnership.id, checkInId);
    const terms = access.partnership.status === "DRAFTING" ? null : await checkInTerms(tx, access);
    const rows = await tx.checkInAnswer.findMany({ where: { checkInId: checkIn.id }, select: answerRowSelect });
    const mine = rows.find((row) => row.memberId === memberId);
    const theirs = rows.find((row) => row.memberId === access.partner.memberId);
    const partnerCommitments = terms?.commitments.partner ?? [];
    return {
      checkIn: {
        id: checkIn.id,
        occurrenceStart: checkIn.occurrenceStart,
        happenedAt: checkIn.happenedAt,
        durationMinutes: checkIn.durationMinutes,
        channel: checkIn.channel,
        loggedBy: checkIn.loggedById === memberId ? ("you" as const) : checkIn.loggedById === access.partner.memberId ? ("partner" as const) : null,
      },
      canAnswer: access.partnership.status !== "ENDED" && terms !== null,
      timeZone: terms?.rhythm.timeZone ?? null,
      questions: terms?.questions ?? [],
      commitments: terms?.commitments.mine ?? [],
      mine: mine ? ownView(mine) : null,
      partner: theirs ? sharedView(theirs, partnerCommitments) : null,
    };
  });
}
