import "server-only";
import type { Db, Tx } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { checkInTerms } from "@/server/check-ins/agreement-in-force";
import type { Notice } from "@/server/notifications/service";
import { notify } from "@/server/notifications/service";
import { readingPartnership, withPartnership, type PartnershipAccess } from "@/server/partnerships/access";
import { recordPartnershipEvent } from "@/server/partnerships/events";
import { endings, type PartnershipStatus } from "@/server/partnerships/rules";
import { runTransition } from "@/server/partnerships/transitions";
import { nextOccurrence } from "@/shared/check-ins/occurrences";
import { closingColumns, endingFor, rematchPriorityUntil, type EndChoices, type EndingView } from "@/shared/endings/rules";
import { Prisma } from "@/generated/prisma/client";

/** Why a member's ending is refused by the partnership's status. */
function refused(status: PartnershipStatus): AppError {
  if (status === "ENDED") return new AppError("PRECONDITION", "This partnership has already ended. You're back in matching whenever you're ready.");
  if (status === "DRAFTING") return new AppError("PRECONDITION", "Your partnership hasn't started yet. If you'd rather not go ahead, you can step back from the draft instead.");
  return new AppError("PRECONDITION", "This partnership can't be ended from where it stands. Reload the page to see where it is.");
}

const alreadyPlanned = () => new AppError("PRECONDITION", "An ending for this partnership is already planned. It will close after the last check-in.");

const noFinalCheckIn = () => new AppError("PRECONDITION", "There's no check-in planned ahead to end after, for example while you're paused. You can choose to end now instead.");

/** The ending row's key is the partnership: a second ending at the same moment finds it taken. */
async function refuseSecondEnding(tx: Tx, partnershipId: string): Promise<void> {
  const existing = await tx.partnershipEnding.findUnique({
    where: { partnershipId },
    select: { status: true },
  });
  if (existing?.status === "SCHEDULED") throw alreadyPlanned();
  if (existing) throw refused("ENDED");
}

const asSecondEnding = (error: unknown): never => {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw alreadyPlanned();
  throw error;
};

/** What completes any chosen ending, now or after the last check-in, inside the ending's transaction. */
export async function completeEnding(tx: Tx, ending: { partnershipId: string; doNotRematch: boolean; leftIds: string[] }, now: Date): Promise<void> {
  await tx.partnership.update({
    where: { id: ending.partnershipId },
    data: { doNotRematch: ending.doNotRematch },
  });
  // The partner who did not choose is shown first in others' suggestions for a while (PRODUCT.md §9).
  await tx.profile.updateMany({
    where: { memberId: { in: ending.leftIds } },
    data: { rematchPriorityUntil: rematchPriorityUntil(now) },
  });
}

/** The notices of a completed ending: a kind word to the partner, a reflection prompt to both. */
export function endedNotices(partnershipId: string, endedById: string, partnerId: string, quietly: boolean): Notice[] {
  return [
    {
      memberId: partnerId,
      type: "PARTNERSHIP_ENDED",
      data: { partnershipId, fromMemberId: endedById, quietly },
    },
    { memberId: endedById, type: "REFLECTION_PROMPT", data: { partnershipId } },
    { memberId: partnerId, type: "REFLECTION_PROMPT", data: { partnershipId } },
  ];
}

export type EndResult = { status: "ENDED" } | { status: "SCHEDULED"; finalCheckInAt: Date };

/**
 * A member ends an ACTIVE or PAUSED partnership (PRODUCT.md §9), now or after one final check-in.
 * Now: one END move through the kernel, with the ending row, "don't suggest us again" and the
 * partner's priority written in the same transaction. Later: the ending row is planned for the
 * next check-in, one ENDING_SCHEDULED event, no status change; the `endings` job completes it.
 * Both partners at once queue on the partnership's lock: one wins, the other is told why not.
 */
export async function endPartnership(db: Db, memberId: string, choices: EndChoices, now = new Date()): Promise<EndResult> {
  const row = (access: PartnershipAccess, status: "SCHEDULED" | "DONE", finalCheckInAt: Date | null) => ({
    partnershipId: access.partnership.id,
    endedById: memberId,
    timing: choices.timing,
    status,
    reason: choices.reason ?? null,
    ...closingColumns(choices.closing),
    quietly: choices.quietly,
    doNotRematch: choices.doNotRematch,
    finalCheckInAt,
    createdAt: now,
    endedAt: status === "DONE" ? now : null,
  });

  if (choices.timing === "NOW") {
    await runTransition(
      db,
      {
        partnershipId: choices.partnershipId,
        memberId,
        action: "END",
        only: endings.CHOSEN.from,
        refused,
        data: { how: "CHOSEN", quietly: choices.quietly },
        apply: async (tx, access) => {
          await refuseSecondEnding(tx, access.partnership.id);
          await tx.partnershipEnding.create({ data: row(access, "DONE", null) }).catch(asSecondEnding);
          await completeEnding(
            tx,
            {
              partnershipId: access.partnership.id,
              doNotRematch: choices.doNotRematch,
              leftIds: [access.partner.memberId],
            },
            now,
          );
        },
        notify: ({ partnership, partner }) => endedNotices(partnership.id, memberId, partner.memberId, choices.quietly),
      },
      now,
    );
    return { status: "ENDED" };
  }

  return withPartnership(db, { partnershipId: choices.partnershipId, memberId }, async (tx, access) => {
    if (!(endings.CHOSEN.from as readonly PartnershipStatus[]).includes(access.partnership.status)) throw refused(access.partnership.status);
    await refuseSecondEnding(tx, access.partnership.id);
    const next = await nextCheckIn(tx, access, now);
    if (!next) throw noFinalCheckIn();
    await tx.partnershipEnding.create({ data: row(access, "SCHEDULED", next) }).catch(asSecondEnding);
    await recordPartnershipEvent(tx, {
      partnershipId: access.partnership.id,
      actorId: memberId,
      type: "ENDING_SCHEDULED",
      data: {},
    });
    const partner = await tx.member.findUniqueOrThrow({
      where: { id: access.partner.memberId },
      select: { timezone: true },
    });
    await notify(
      tx,
      {
        memberId: access.partner.memberId,
        type: "PARTNERSHIP_ENDING",
        data: {
          partnershipId: access.partnership.id,
          fromMemberId: memberId,
          quietly: choices.quietly,
          at: next.getTime(),
          timeZone: partner.timezone,
        },
      },
      now,
    );
    return { status: "SCHEDULED" as const, finalCheckInAt: next };
  });
}

/** The next check-in of the agreement in force, outside pauses; null without one. */
async function nextCheckIn(tx: Tx, access: PartnershipAccess, now: Date): Promise<Date | null> {
  if (access.partnership.status !== "ACTIVE") return null;
  const terms = await checkInTerms(tx, access);
  if (!terms) return null;
  return nextOccurrence(terms.rhythm, { after: now, paused: terms.paused })?.start ?? null;
}

export type EndingStatusView = {
  status: PartnershipStatus;
  /** The ending as this member may see it (never the reason), or null when none was chosen. */
  ending: EndingView | null;
  /** When "after one final check-in" would end it; null when there is no check-in ahead. */
  nextCheckInAt: Date | null;
};

/** Where a partnership stands for the ending flow, for one of its members. */
export async function endingStatus(db: Db, memberId: string, partnershipId: string, now = new Date()): Promise<EndingStatusView> {
  return readingPartnership(db, { partnershipId, memberId }, async (tx, access) => {
    const stored = await tx.partnershipEnding.findUnique({
      where: { partnershipId },
    });
    const open = (endings.CHOSEN.from as readonly PartnershipStatus[]).includes(access.partnership.status);
    return {
      status: access.partnership.status,
      ending: stored ? endingFor(stored, memberId) : null,
      nextCheckInAt: open && !stored ? await nextCheckIn(tx, access, now) : null,
    };
  });
}

const notEndedYet = () => new AppError("PRECONDITION", "You can write a reflection once the partnership has ended.");

/** Saves the member's own private reflection on an ended partnership (one each; writing again replaces it). */
export async function reflect(db: Db, memberId: string, input: { partnershipId: string; text: string }, now = new Date()): Promise<{ updatedAt: Date }> {
  return withPartnership(db, { partnershipId: input.partnershipId, memberId }, async (tx, access) => {
    if (access.partnership.status !== "ENDED") throw notEndedYet();
    const key = {
      partnershipId_memberId: {
        partnershipId: access.partnership.id,
        memberId,
      },
    };
    const saved = await tx.partnershipReflection.upsert({
      where: key,
      create: {
        partnershipId: access.partnership.id,
        memberId,
        text: input.text,
        createdAt: now,
        updatedAt: now,
      },
      update: { text: input.text, updatedAt: now },
      select: { updatedAt: true },
    });
    return saved;
  });
}

/** The member's own reflection, never the partner's; null before they write one. */
export async function reflection(db: Db, memberId: string, partnershipId: string): Promise<{ text: string; updatedAt: Date } | null> {
  return withPartnership(db, { partnershipId, memberId }, async (tx) => {
    return tx.partnershipReflection.findUnique({
      where: { partnershipId_memberId: { partnershipId, memberId } },
      select: { text: true, updatedAt: true },
    });
  });
}
