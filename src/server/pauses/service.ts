import "server-only";
import type { Db, Tx } from "@/server/db/client";
import { resendCheckInInvitations } from "@/server/calendar/invitations";
import { AppError } from "@/server/errors";
import { notify, settleNotices, type Notice } from "@/server/notifications/service";
import { partnershipStatusFor, withPartnership, type PartnershipAccess } from "@/server/partnerships/access";
import { recordPartnershipEvent } from "@/server/partnerships/events";
import { runTransition } from "@/server/partnerships/transitions";
import { dayOf, initialStatus, mayAct, planExtension, planPause, requestBlocker, acceptedStatus, type PauseProblem, type PauseTerms } from "@/shared/pauses/rules";
import type { ExtendPauseInput, ProposePauseDatesInput, RequestPauseInput } from "@/shared/pauses/schemas";
import { assertPausable, findPause, insertPause, newPauseId, openPauses, pauseChanged, pauseTerms, refusedFor, type PauseRow } from "./access";
import { resumeNotices, withdrawPendingExtensions } from "./resume";

const badDates = (problem: PauseProblem) => new AppError("BAD_INPUT", problem.message, { fieldErrors: { [problem.field]: [problem.message] } });

/** What a member sees of their partnership's pauses: the open request, the planned or running pause, and the agreement's terms. */
export type PausesView = {
  partnershipStatus: PartnershipAccess["partnership"]["status"];
  terms: PauseTerms | null;
  /** Today in the agreement's zone (YYYY-MM-DD), for the date pickers. */
  today: string | null;
  request: {
    id: string;
    kind: "PAUSE" | "EXTENSION";
    mine: boolean;
    startsAt: Date;
    endsAt: Date;
    message: string | null;
    /** The author's own private reason; always null for their partner. */
    reason: string | null;
    /** Other dates suggested in answer to an earlier request. */
    otherDates: boolean;
  } | null;
  pause: { id: string; status: "SCHEDULED" | "ACTIVE"; startsAt: Date; endsAt: Date; mine: boolean; reason: string | null } | null;
};

/** A read: nothing is locked, so a page view never holds up a partner's move or a job. */
export async function getPauses(db: Db, memberId: string, partnershipId: string, now = new Date()): Promise<PausesView> {
  const status = await partnershipStatusFor(db, { partnershipId, memberId });
  const current = status === "ACTIVE" || status === "PAUSED";
  const [open, terms] = current ? await Promise.all([openPauses(db, partnershipId), pauseTerms(db, partnershipId).catch(() => null)]) : [[], null];
  const request = open.find((p) => p.status === "REQUESTED");
  const planned = open.find((p) => p.status === "SCHEDULED" || p.status === "ACTIVE");
  const mine = (p: PauseRow) => p.requestedById === memberId;
  return {
    partnershipStatus: status,
    terms,
    today: terms ? dayOf(now, terms.timeZone) : null,
    request: request
      ? { id: request.id, kind: request.kind, mine: mine(request), startsAt: request.startsAt, endsAt: request.endsAt, message: request.message, reason: mine(request) ? request.reason : null, otherDates: request.answersId !== null }
      : null,
    pause: planned
      ? { id: planned.id, status: planned.status as "SCHEDULED" | "ACTIVE", startsAt: planned.startsAt, endsAt: planned.endsAt, mine: mine(planned), reason: mine(planned) ? planned.reason : null }
      : null,
  };
}

type Decided = { terms: PauseTerms; startsAt: Date; endsAt: Date; status: "REQUESTED" | "SCHEDULED" | "ACTIVE" };

/** Everything a new pause must satisfy, checked with the partnership locked. */
async function decidePause(tx: Tx, access: PartnershipAccess, input: Pick<RequestPauseInput, "start" | "resumesOn">, now: Date, alone = true): Promise<Decided> {
  assertPausable(access);
  const terms = await pauseTerms(tx, access.partnership.id);
  const blocker = requestBlocker(await openPauses(tx, access.partnership.id), "PAUSE");
  if (blocker) throw new AppError("CONFLICT", blocker);
  const planned = planPause(input, terms, now);
  if (!planned.ok) throw badDates(planned);
  const status = initialStatus({ alone: alone && terms.pauseAlone, startsNow: planned.startsNow }) as Decided["status"];
  return { terms, startsAt: planned.startsAt, endsAt: planned.endsAt, status };
}

/**
 * A member asks for a pause. Where the agreement lets one pause alone it starts at once (through
 * the kernel: the partnership becomes PAUSED) or is planned for its day; otherwise it waits for
 * the partner's answer.
 */
export async function requestPause(db: Db, memberId: string, input: RequestPauseInput, now = new Date()): Promise<{ pauseId: string; status: Decided["status"] }> {
  const ids = { partnershipId: input.partnershipId, memberId };
  const first = await withPartnership(db, ids, (tx, access) => decidePause(tx, access, input, now));
  const pauseId = newPauseId();
  const row = (decided: Decided) => ({
    id: pauseId,
    partnershipId: input.partnershipId,
    requestedById: memberId,
    status: decided.status,
    startsAt: decided.startsAt,
    endsAt: decided.endsAt,
    reason: input.reason ?? null,
    message: input.message ?? null,
    startedAt: decided.status === "ACTIVE" ? now : null,
  });
  if (first.status === "ACTIVE") {
    await runTransition(
      db,
      {
        ...ids,
        action: "PAUSE",
        data: { pauseId },
        only: ["ACTIVE"],
        refused: refusedFor,
        apply: async (tx, access) => {
          const decided = await decidePause(tx, access, input, now);
          if (decided.status !== "ACTIVE") throw pauseChanged();
          await insertPause(tx, row(decided));
          await resendCheckInInvitations(tx, input.partnershipId, now);
        },
        notify: (access) => [{ memberId: access.partner.memberId, type: "PAUSE_STARTED", data: { partnershipId: input.partnershipId, fromMemberId: memberId, at: first.endsAt.getTime(), timeZone: first.terms.timeZone, from: null } }],
      },
      now,
    );
    return { pauseId, status: "ACTIVE" };
  }
  return withPartnership(db, ids, async (tx, access) => {
    const decided = await decidePause(tx, access, input, now);
    if (decided.status === "ACTIVE") throw pauseChanged();
    await insertPause(tx, row(decided));
    const partnerId = access.partner.memberId;
    if (decided.status === "SCHEDULED") {
      await resendCheckInInvitations(tx, input.partnershipId, now);
      await recordPartnershipEvent(tx, { partnershipId: input.partnershipId, actorId: memberId, type: "PAUSE_SCHEDULED", data: { pauseId } });
      await notify(tx, { memberId: partnerId, type: "PAUSE_STARTED", data: { partnershipId: input.partnershipId, fromMemberId: memberId, at: decided.endsAt.getTime(), from: decided.startsAt.getTime(), timeZone: decided.terms.timeZone } }, now);
    } else {
      await recordPartnershipEvent(tx, { partnershipId: input.partnershipId, actorId: memberId, type: "PAUSE_REQUESTED", data: { pauseId, extension: false } });
      await notify(tx, { memberId: partnerId, type: "PAUSE_REQUESTED", data: { partnershipId: input.partnershipId, fromMemberId: memberId, pauseId, extension: false } }, now);
    }
    return { pauseId, status: decided.status };
  });
}

/** The request this member may answer, or a clear refusal. */
async function answerable(tx: Tx, access: PartnershipAccess, pauseId: string): Promise<PauseRow> {
  assertPausable(access);
  const pause = await findPause(tx, access.partnership.id, pauseId);
  if (pause.requestedById === access.member.memberId && pause.status === "REQUESTED") throw new AppError("FORBIDDEN", "This is your own request: it's your partner's to answer. You can withdraw it if you've changed your mind.");
  if (!mayAct("ANSWER", pause, access.member.memberId)) throw pauseChanged();
  return pause;
}

/** Marks a REQUESTED pause answered; a request someone else closed meanwhile writes nothing. */
async function closeRequest(tx: Tx, pauseId: string, data: { status: "ACTIVE" | "SCHEDULED" | "DECLINED" | "WITHDRAWN" | "ENDED"; respondedById: string; now: Date; startsAt?: Date }) {
  const { count } = await tx.partnershipPause.updateMany({
    where: { id: pauseId, status: "REQUESTED" },
    data: {
      status: data.status,
      respondedById: data.respondedById,
      respondedAt: data.now,
      ...(data.startsAt ? { startsAt: data.startsAt } : {}),
      ...(data.status === "ACTIVE" ? { startedAt: data.now } : {}),
      ...(data.status === "WITHDRAWN" || data.status === "ENDED" ? { endedAt: data.now } : {}),
    },
  });
  if (count !== 1) throw pauseChanged();
  // However it was answered, the request asks nothing more of the one who answered it.
  await settleNotices(tx, data.respondedById, ["PAUSE_REQUESTED"], { pauseId }, data.now);
}

const answered = (access: PartnershipAccess, pause: PauseRow, answer: "ACCEPTED" | "DECLINED" | "OTHER_DATES", pauseId = pause.id): Notice[] =>
  pause.requestedById ? [{ memberId: pause.requestedById, type: "PAUSE_ANSWERED", data: { partnershipId: access.partnership.id, fromMemberId: access.member.memberId, pauseId, answer } }] : [];

/** The partner says yes or not now. A yes starts the pause (kernel PAUSE), plans it, or lengthens the running one. */
export async function answerPause(db: Db, memberId: string, input: { partnershipId: string; pauseId: string; answer: "ACCEPT" | "DECLINE" }, now = new Date()): Promise<{ status: string }> {
  const ids = { partnershipId: input.partnershipId, memberId };
  const pause = await withPartnership(db, ids, (tx, access) => answerable(tx, access, input.pauseId));
  if (input.answer === "DECLINE") {
    return withPartnership(db, ids, async (tx, access) => {
      const current = await answerable(tx, access, input.pauseId);
      await closeRequest(tx, current.id, { status: "DECLINED", respondedById: memberId, now });
      await recordPartnershipEvent(tx, { partnershipId: input.partnershipId, actorId: memberId, type: "PAUSE_DECLINED", data: { pauseId: current.id } });
      for (const notice of answered(access, current, "DECLINED")) await notify(tx, notice, now);
      return { status: "DECLINED" };
    });
  }
  if (pause.kind === "EXTENSION") return acceptExtension(db, memberId, input, now);
  const target = acceptedStatus(pause, now);
  if (target === "EXPIRED") throw new AppError("CONFLICT", "The dates of this request have passed. You could suggest other dates instead.");
  if (target === "ACTIVE") {
    await runTransition(
      db,
      {
        ...ids,
        action: "PAUSE",
        data: { pauseId: pause.id },
        only: ["ACTIVE"],
        refused: refusedFor,
        apply: async (tx, access) => {
          const current = await answerable(tx, access, input.pauseId);
          await closeRequest(tx, current.id, { status: "ACTIVE", respondedById: memberId, now, startsAt: now });
          await resendCheckInInvitations(tx, input.partnershipId, now);
        },
        notify: (access) => answered(access, pause, "ACCEPTED"),
      },
      now,
    );
    return { status: "ACTIVE" };
  }
  return withPartnership(db, ids, async (tx, access) => {
    const current = await answerable(tx, access, input.pauseId);
    if (access.partnership.status !== "ACTIVE") throw pauseChanged();
    await closeRequest(tx, current.id, { status: "SCHEDULED", respondedById: memberId, now });
    await resendCheckInInvitations(tx, input.partnershipId, now);
    await recordPartnershipEvent(tx, { partnershipId: input.partnershipId, actorId: memberId, type: "PAUSE_SCHEDULED", data: { pauseId: current.id } });
    for (const notice of answered(access, current, "ACCEPTED")) await notify(tx, notice, now);
    return { status: "SCHEDULED" };
  });
}

/** A running pause takes an extension's end date; the extension request is then done. */
async function lengthen(tx: Tx, activeId: string, endsAt: Date): Promise<void> {
  const { count } = await tx.partnershipPause.updateMany({ where: { id: activeId, status: "ACTIVE", endsAt: { lt: endsAt } }, data: { endsAt } });
  if (count !== 1) throw pauseChanged();
}

function acceptExtension(db: Db, memberId: string, input: { partnershipId: string; pauseId: string }, now: Date) {
  return withPartnership(db, { partnershipId: input.partnershipId, memberId }, async (tx, access) => {
    const current = await answerable(tx, access, input.pauseId);
    if (!current.extendsId || current.endsAt.getTime() <= now.getTime()) throw pauseChanged();
    await lengthen(tx, current.extendsId, current.endsAt);
    await closeRequest(tx, current.id, { status: "ENDED", respondedById: memberId, now });
    await resendCheckInInvitations(tx, input.partnershipId, now);
    await recordPartnershipEvent(tx, { partnershipId: input.partnershipId, actorId: memberId, type: "PAUSE_EXTENDED", data: { pauseId: current.extendsId } });
    for (const notice of answered(access, current, "ACCEPTED")) await notify(tx, notice, now);
    return { status: "EXTENDED" };
  });
}

/** The partner answers with other dates: the request is withdrawn (OTHER_DATES) and theirs waits for the first member's answer. */
export function proposePauseDates(db: Db, memberId: string, input: ProposePauseDatesInput, now = new Date()): Promise<{ pauseId: string }> {
  return withPartnership(db, { partnershipId: input.partnershipId, memberId }, async (tx, access) => {
    const current = await answerable(tx, access, input.pauseId);
    if (current.kind !== "PAUSE") throw new AppError("BAD_INPUT", "To suggest a different length, answer “Not now” and ask for the dates that suit you.");
    await closeRequest(tx, current.id, { status: "WITHDRAWN", respondedById: memberId, now });
    const decided = await decidePause(tx, access, input, now, false);
    const pauseId = newPauseId();
    await insertPause(tx, { id: pauseId, partnershipId: input.partnershipId, requestedById: memberId, answersId: current.id, status: "REQUESTED", startsAt: decided.startsAt, endsAt: decided.endsAt, message: input.message ?? null });
    await recordPartnershipEvent(tx, { partnershipId: input.partnershipId, actorId: memberId, type: "PAUSE_REQUESTED", data: { pauseId, extension: false } });
    for (const notice of answered(access, current, "OTHER_DATES", pauseId)) await notify(tx, notice, now);
    return { pauseId };
  });
}

/** The member who asked takes back a request or a planned pause. */
export function withdrawPause(db: Db, memberId: string, input: { partnershipId: string; pauseId: string }, now = new Date()): Promise<{ status: "WITHDRAWN" }> {
  return withPartnership(db, { partnershipId: input.partnershipId, memberId }, async (tx, access) => {
    assertPausable(access);
    const pause = await findPause(tx, input.partnershipId, input.pauseId);
    if (!mayAct("WITHDRAW", pause, memberId)) {
      if (pause.requestedById !== memberId && (pause.status === "REQUESTED" || pause.status === "SCHEDULED")) throw new AppError("FORBIDDEN", "Only the one who asked for this pause can withdraw it.");
      throw pauseChanged();
    }
    const { count } = await tx.partnershipPause.updateMany({ where: { id: pause.id, status: pause.status }, data: { status: "WITHDRAWN", endedAt: now } });
    if (count !== 1) throw pauseChanged();
    if (pause.status === "SCHEDULED") await resendCheckInInvitations(tx, input.partnershipId, now);
    await recordPartnershipEvent(tx, { partnershipId: input.partnershipId, actorId: memberId, type: "PAUSE_WITHDRAWN", data: { pauseId: pause.id, why: "WITHDRAWN" } });
    const withdrawn = { partnershipId: input.partnershipId, fromMemberId: memberId, pauseId: pause.id, planned: pause.status === "SCHEDULED" };
    await notify(tx, { memberId: access.partner.memberId, type: "PAUSE_WITHDRAWN", data: withdrawn }, now);
    return { status: "WITHDRAWN" };
  });
}

/** Either partner picks the partnership up again before the planned day (kernel RESUME, how EARLY). */
export async function resumePause(db: Db, memberId: string, input: { partnershipId: string; pauseId: string }, now = new Date()): Promise<{ status: "ENDED" }> {
  let notices: Notice[] = [];
  await runTransition(
    db,
    {
      partnershipId: input.partnershipId,
      memberId,
      action: "RESUME",
      data: { pauseId: input.pauseId, how: "EARLY" },
      only: ["PAUSED"],
      refused: (status) => (status === "ACTIVE" ? pauseChanged() : refusedFor(status)),
      apply: async (tx, access) => {
        const pause = await findPause(tx, input.partnershipId, input.pauseId);
        if (!mayAct("RESUME", pause, memberId)) throw pauseChanged();
        const { count } = await tx.partnershipPause.updateMany({ where: { id: pause.id, status: "ACTIVE" }, data: { status: "ENDED", endedAt: now, endedHow: "EARLY" } });
        if (count !== 1) throw pauseChanged();
        await withdrawPendingExtensions(tx, pause.id, now);
        await resendCheckInInvitations(tx, input.partnershipId, now, { resumedAt: now });
        notices = await resumeNotices(tx, access, now);
      },
      notify: () => notices,
    },
    now,
  );
  return { status: "ENDED" };
}

/** Either partner asks to make the running pause longer: alone where the agreement allows it, else the partner answers. */
export function extendPause(db: Db, memberId: string, input: ExtendPauseInput, now = new Date()): Promise<{ pauseId: string; status: "REQUESTED" | "EXTENDED" }> {
  return withPartnership(db, { partnershipId: input.partnershipId, memberId }, async (tx, access) => {
    assertPausable(access);
    const active = await findPause(tx, input.partnershipId, input.pauseId);
    if (!mayAct("EXTEND", active, memberId)) throw new AppError("CONFLICT", "Only a pause that has begun can be made longer.");
    const terms = await pauseTerms(tx, input.partnershipId);
    const blocker = requestBlocker(await openPauses(tx, input.partnershipId), "EXTENSION");
    if (blocker) throw new AppError("CONFLICT", blocker);
    const planned = planExtension(active, input.resumesOn, terms, now);
    if (!planned.ok) throw badDates(planned);
    const pauseId = newPauseId();
    const base = { id: pauseId, partnershipId: input.partnershipId, kind: "EXTENSION" as const, extendsId: active.id, requestedById: memberId, startsAt: planned.startsAt, endsAt: planned.endsAt, message: input.message ?? null };
    if (terms.pauseAlone) {
      await insertPause(tx, { ...base, status: "ENDED", endedAt: now });
      await lengthen(tx, active.id, planned.endsAt);
      await resendCheckInInvitations(tx, input.partnershipId, now);
      await recordPartnershipEvent(tx, { partnershipId: input.partnershipId, actorId: memberId, type: "PAUSE_EXTENDED", data: { pauseId: active.id } });
      await notify(tx, { memberId: access.partner.memberId, type: "PAUSE_STARTED", data: { partnershipId: input.partnershipId, fromMemberId: memberId, at: planned.endsAt.getTime(), timeZone: terms.timeZone, from: null } }, now);
      return { pauseId, status: "EXTENDED" };
    }
    await insertPause(tx, { ...base, status: "REQUESTED" });
    await recordPartnershipEvent(tx, { partnershipId: input.partnershipId, actorId: memberId, type: "PAUSE_REQUESTED", data: { pauseId, extension: true } });
    await notify(tx, { memberId: access.partner.memberId, type: "PAUSE_REQUESTED", data: { partnershipId: input.partnershipId, fromMemberId: memberId, pauseId, extension: true } }, now);
    return { pauseId, status: "REQUESTED" };
  });
}
