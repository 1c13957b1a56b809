/**
 * The pause protocol, pure (PRODUCT.md §7): what a pause request may ask for under the agreement
 * in force, how a pause moves between statuses, and who may do what. Dates are calendar days in
 * the agreement's timezone: a pause picks up again at 00:00 on the day it resumes. No I/O; every
 * function takes the clock.
 */
import { DateTime } from "luxon";
import { z } from "zod";
import { limits } from "@/shared/agreement/fields";

export type PauseStatus = "REQUESTED" | "SCHEDULED" | "ACTIVE" | "ENDED" | "DECLINED" | "WITHDRAWN";
export type PauseKind = "PAUSE" | "EXTENSION";

/** What the agreement in force says about pauses, and the zone its days are counted in. */
export type PauseTerms = { maxPauseWeeks: number; pauseAlone: boolean; timeZone: string };

const zTerms = z.object({
  fields: z.object({
    maxPauseWeeks: z.number().int().min(limits.maxPauseWeeks.min).max(limits.maxPauseWeeks.max),
    pauseAlone: z.boolean(),
    timezone: z.string().min(1).max(64),
  }),
});

/** The pause terms of a stored agreement version's content; null when they can't be read. */
export function pauseTermsOf(content: unknown): PauseTerms | null {
  const parsed = zTerms.safeParse(content);
  if (!parsed.success || !DateTime.local().setZone(parsed.data.fields.timezone).isValid) return null;
  const { maxPauseWeeks, pauseAlone, timezone } = parsed.data.fields;
  return { maxPauseWeeks, pauseAlone, timeZone: timezone };
}

/**
 * The status machine. A pause asked for starts REQUESTED; one the agreement lets a partner take
 * alone is created SCHEDULED or ACTIVE directly (`initialStatus`). An agreed EXTENSION is MERGED
 * into the running pause it lengthens and is then over (ENDED).
 */
export const pauseMoves = {
  /** Agreed (or taken alone), starting now; or a planned pause reaching its first day. */
  START: { from: ["REQUESTED", "SCHEDULED"], to: "ACTIVE" },
  /** Agreed, starting on a later day. */
  SCHEDULE: { from: ["REQUESTED"], to: "SCHEDULED" },
  DECLINE: { from: ["REQUESTED"], to: "DECLINED" },
  /** The requester takes it back, or the partner answered with other dates, or the partnership ended. */
  WITHDRAW: { from: ["REQUESTED", "SCHEDULED"], to: "WITHDRAWN" },
  /** Resumed early, automatically on its date, or the partnership ended. */
  END: { from: ["ACTIVE"], to: "ENDED" },
  /** An agreed extension: the running pause takes its end date, and the extension request is done. */
  MERGE: { from: ["REQUESTED"], to: "ENDED" },
} as const satisfies Record<string, { from: readonly PauseStatus[]; to: PauseStatus }>;

export type PauseMove = keyof typeof pauseMoves;

export function pauseTransition(status: PauseStatus, move: PauseMove, kind: PauseKind = "PAUSE"): PauseStatus | null {
  const rule = pauseMoves[move];
  if (!(rule.from as readonly PauseStatus[]).includes(status)) return null;
  // An extension never becomes a pause of its own: it is merged, declined or withdrawn.
  if (kind === "EXTENSION" && (move === "START" || move === "SCHEDULE")) return null;
  if (kind === "PAUSE" && move === "MERGE") return null;
  return rule.to;
}

/** Where a new request starts: alone where the agreement allows it, else waiting for the partner. */
export function initialStatus({ alone, startsNow }: { alone: boolean; startsNow: boolean }): PauseStatus {
  if (!alone) return "REQUESTED";
  return startsNow ? "ACTIVE" : "SCHEDULED";
}

/** Who may do what with a pause: only the partner answers, only the requester withdraws, either resumes or asks for longer. */
export type PauseAction = "ANSWER" | "WITHDRAW" | "RESUME" | "EXTEND";

export function mayAct(action: PauseAction, pause: { status: PauseStatus; requestedById: string | null }, memberId: string): boolean {
  switch (action) {
    case "ANSWER":
      return pause.status === "REQUESTED" && pause.requestedById !== null && pause.requestedById !== memberId;
    case "WITHDRAW":
      return (pause.status === "REQUESTED" || pause.status === "SCHEDULED") && pause.requestedById === memberId;
    case "RESUME":
    case "EXTEND":
      return pause.status === "ACTIVE";
  }
}

/** "Now", or the calendar day (YYYY-MM-DD) a pause begins. */
export type PauseStart = "now" | string;

export type PlannedPause = { startsAt: Date; endsAt: Date; startsNow: boolean };
export type PauseProblem = { field: "start" | "resumesOn" | "pause"; message: string };
export type PlanResult = ({ ok: true } & PlannedPause) | ({ ok: false } & PauseProblem);

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

function dayIn(day: string, timeZone: string): DateTime | null {
  if (!isoDay.test(day)) return null;
  const start = DateTime.fromISO(day, { zone: timeZone }).startOf("day");
  return start.isValid ? start : null;
}

const weeks = (n: number) => (n === 1 ? "1 week" : `${n} weeks`);

/** The calendar day `at` falls on in `timeZone`, YYYY-MM-DD. */
export function dayOf(at: Date, timeZone: string): string {
  return DateTime.fromJSDate(at, { zone: timeZone }).toISODate() ?? "";
}

/**
 * A new pause from its form: starting now (or on today's date) or on a later day, and picking up
 * again at 00:00 on `resumesOn`, at most `maxPauseWeeks` weeks of days after the day it starts.
 */
export function planPause(input: { start: PauseStart; resumesOn: string }, terms: PauseTerms, now: Date): PlanResult {
  const today = DateTime.fromJSDate(now, { zone: terms.timeZone }).startOf("day");
  const startDay = input.start === "now" ? today : dayIn(input.start, terms.timeZone);
  if (!startDay) return { ok: false, field: "start", message: "Choose the day your pause begins." };
  if (startDay < today) return { ok: false, field: "start", message: "That day has already passed. Choose today or a later day." };
  const resumeDay = dayIn(input.resumesOn, terms.timeZone);
  if (!resumeDay) return { ok: false, field: "resumesOn", message: "Choose the day your partnership picks up again." };
  if (resumeDay <= startDay) return { ok: false, field: "resumesOn", message: "Choose a day after your pause begins." };
  const days = Math.round(resumeDay.diff(startDay, "days").days);
  if (days > terms.maxPauseWeeks * 7) {
    return { ok: false, field: "resumesOn", message: `Your agreement allows a pause of up to ${weeks(terms.maxPauseWeeks)}. Choose an earlier day.` };
  }
  const startsNow = startDay.equals(today);
  return { ok: true, startsAt: startsNow ? now : startDay.toJSDate(), endsAt: resumeDay.toJSDate(), startsNow };
}

/**
 * A longer running pause: it now picks up again on `resumesOn`, a later day than planned, and the
 * whole pause (from the day it began) still fits the agreement's maximum.
 */
export function planExtension(active: { startsAt: Date; endsAt: Date }, resumesOn: string, terms: PauseTerms, now: Date): PlanResult {
  const resumeDay = dayIn(resumesOn, terms.timeZone);
  if (!resumeDay) return { ok: false, field: "resumesOn", message: "Choose the day your partnership picks up again." };
  const plannedEnd = DateTime.fromJSDate(active.endsAt, { zone: terms.timeZone }).startOf("day");
  if (resumeDay <= plannedEnd) return { ok: false, field: "resumesOn", message: "Choose a day after your pause was going to end." };
  if (active.endsAt.getTime() <= now.getTime()) return { ok: false, field: "pause", message: "This pause has already come to an end." };
  const began = DateTime.fromJSDate(active.startsAt, { zone: terms.timeZone }).startOf("day");
  const days = Math.round(resumeDay.diff(began, "days").days);
  if (days > terms.maxPauseWeeks * 7) {
    return { ok: false, field: "resumesOn", message: `Your agreement allows a pause of up to ${weeks(terms.maxPauseWeeks)} in all. Choose an earlier day.` };
  }
  return { ok: true, startsAt: active.endsAt, endsAt: resumeDay.toJSDate(), startsNow: false };
}

/** What stands in the way of a new request, from the partnership's open pauses; null when nothing does. */
export function requestBlocker(open: readonly { status: PauseStatus; kind: PauseKind }[], kind: PauseKind): string | null {
  if (open.some((p) => p.status === "REQUESTED")) return "There's already a pause request waiting for an answer. Answer or withdraw it first.";
  const planned = open.find((p) => p.status === "SCHEDULED" || p.status === "ACTIVE");
  if (kind === "PAUSE" && planned) {
    return planned.status === "ACTIVE" ? "You're already on a pause. You can ask to make it longer instead." : "You already have a pause planned. Withdraw it first to choose other dates.";
  }
  if (kind === "EXTENSION" && planned?.status !== "ACTIVE") return "Only a pause that has begun can be made longer.";
  return null;
}

/** The status after an agreed request: a pause whose start has come goes ACTIVE, a later one SCHEDULED. */
export function acceptedStatus(pause: { startsAt: Date; endsAt: Date }, now: Date): "ACTIVE" | "SCHEDULED" | "EXPIRED" {
  if (pause.endsAt.getTime() <= now.getTime()) return "EXPIRED";
  return pause.startsAt.getTime() <= now.getTime() ? "ACTIVE" : "SCHEDULED";
}

export { pauseTextMax } from "./limits";
