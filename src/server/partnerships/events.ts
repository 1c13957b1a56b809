import "server-only";
import { z } from "zod";
import type { Tx } from "@/server/db/client";
import type { PartnershipEventType } from "@/generated/prisma/client";
import { sectionIds } from "@/shared/agreement/sections";
import { zId } from "@/shared/ids";
import { endingIds } from "./rules";

/** The agreement version an event is about: its id and number, never its text. */
const version = { versionId: zId("agreement version"), number: z.number().int().positive() };

/**
 * What each timeline event carries: ids and choices, never member text. A feature that adds an
 * event type adds its schema here; the runner refuses data that does not parse.
 */
export const partnershipEventData = {
  /** The accepted request, kept here too: the partnership's link to it is cleared if it is deleted. */
  CREATED: z.strictObject({ requestId: zId("request") }),
  ACTIVATED: z.strictObject({}),
  /** The pause that began (events from before pauses were stored carry none). */
  PAUSED: z.strictObject({ pauseId: zId("pause").optional() }),
  RESUMED: z.strictObject({ pauseId: zId("pause").optional(), how: z.enum(["AUTOMATICALLY", "EARLY"]).optional() }),
  /**
   * `how` it ended; events written before there was more than one way carry none. `quietly`: the
   * member who chose it asked that their partner see only that it ended.
   */
  ENDED: z.strictObject({ how: z.enum(endingIds).optional(), quietly: z.boolean().optional() }),
  AGREEMENT_PROPOSED: z.strictObject(version),
  AGREEMENT_SIGNED: z.strictObject(version),
  /** The comment stays on the version, seen by the two members only. */
  AGREEMENT_CHANGES_REQUESTED: z.strictObject(version),
  AGREEMENT_PROPOSAL_WITHDRAWN: z.strictObject({ ...version, reason: z.enum(["EDITED", "WITHDRAWN_BY_MEMBER"]), sections: z.array(z.enum(sectionIds)).max(sectionIds.length) }),
  AGREEMENT_IN_FORCE: z.strictObject(version),
  AMENDMENT_OPENED: z.strictObject({ draftId: zId("agreement draft") }),
  AMENDMENT_WITHDRAWN: z.strictObject({ draftId: zId("agreement draft") }),
  /** Not a status change: the check-in (its answers stay on it, seen by the two members only). */
  CHECK_IN_LOGGED: z.strictObject({ checkInId: zId("check-in") }),
  /** Pauses: the reason and message stay on the pause row, seen as PRODUCT.md §7 says. */
  PAUSE_REQUESTED: z.strictObject({ pauseId: zId("pause"), extension: z.boolean() }),
  PAUSE_DECLINED: z.strictObject({ pauseId: zId("pause") }),
  /** Agreed (or taken alone) to start later. */
  PAUSE_SCHEDULED: z.strictObject({ pauseId: zId("pause") }),
  PAUSE_EXTENDED: z.strictObject({ pauseId: zId("pause") }),
  PAUSE_WITHDRAWN: z.strictObject({ pauseId: zId("pause"), why: z.enum(["WITHDRAWN", "OTHER_DATES", "PARTNERSHIP_ENDED"]) }),
  REVIEW_DUE: z.strictObject({ reviewId: zId("review"), trial: z.boolean() }),
  /** One partner answered; what they answered stays on the review until both have. */
  REVIEW_SUBMITTED: z.strictObject({ reviewId: zId("review") }),
  REVIEW_REVEALED: z.strictObject({ reviewId: zId("review"), nextStep: z.enum(["CONTINUE", "RENEGOTIATE", "PAUSE", "END"]) }),
  /** A partner chose to end after one final check-in; the choices stay on the ending row. */
  ENDING_SCHEDULED: z.strictObject({}),
} as const satisfies Record<PartnershipEventType, z.ZodType>;

export type PartnershipEventData<T extends PartnershipEventType> = z.input<(typeof partnershipEventData)[T]>;

/** Appends one event to the timeline in the caller's transaction, its data parsed first. */
export async function recordPartnershipEvent<T extends PartnershipEventType>(
  tx: Tx,
  event: { partnershipId: string; actorId: string | null; type: T; data: PartnershipEventData<T> },
): Promise<void> {
  const data = partnershipEventData[event.type].parse(event.data);
  await tx.partnershipEvent.create({ data: { partnershipId: event.partnershipId, actorId: event.actorId, type: event.type, data } });
}
