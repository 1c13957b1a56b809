import "server-only";
import { z } from "zod";
import type { Tx } from "@/server/db/client";
import type { PartnershipEventType } from "@/generated/prisma/client";
import { zId } from "@/shared/ids";
import { endingIds } from "./rules";

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
