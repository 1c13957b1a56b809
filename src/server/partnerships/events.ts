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
  PAUSED: z.strictObject({}),
  RESUMED: z.strictObject({}),
  /** `how` it ended; events written before there was more than one way carry none. */
  ENDED: z.strictObject({ how: z.enum(endingIds).optional() }),
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
