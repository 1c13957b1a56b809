import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { Prisma } from "@/generated/prisma/client";
import type { PartnershipAccess } from "@/server/partnerships/access";
import type { PartnershipStatus } from "@/server/partnerships/rules";
import { pauseTermsOf, type PauseTerms } from "@/shared/pauses/rules";

/** The columns every pause read uses. */
export const pauseSelect = {
  id: true,
  kind: true,
  extendsId: true,
  answersId: true,
  requestedById: true,
  status: true,
  startsAt: true,
  endsAt: true,
  reason: true,
  message: true,
  createdAt: true,
} as const;

/** A new pause row's id, known before it is written so the kernel's event can name it. */
export const newPauseId = () => randomUUID().replaceAll("-", "");

/** Pausing belongs to a partnership that has begun and not ended. */
export function refusedFor(status: PartnershipStatus): AppError {
  if (status === "DRAFTING") return new AppError("PRECONDITION", "Pauses begin once your agreement is signed. Until then there's nothing to pause.");
  if (status === "ENDED") return new AppError("PRECONDITION", "This partnership has ended, so there's nothing to pause or resume.");
  return new AppError("CONFLICT", "This partnership has changed since you opened it. Reload the page to see where it stands.");
}

export function assertPausable(access: PartnershipAccess): void {
  const { status } = access.partnership;
  if (status !== "ACTIVE" && status !== "PAUSED") throw refusedFor(status);
}

/** What the agreement in force says about pauses; a partnership without readable terms can't pause. */
export async function pauseTerms(tx: Tx, partnershipId: string): Promise<PauseTerms> {
  const version = await tx.agreementVersion.findFirst({ where: { partnershipId, status: "IN_FORCE" }, select: { content: true } });
  const terms = version ? pauseTermsOf(version.content) : null;
  if (!terms) throw new AppError("PRECONDITION", "We couldn't read the pause terms of your agreement. Agree them again to take a pause.");
  return terms;
}

/** The partnership's pauses that are still open: waiting, planned or running. */
export function openPauses(tx: Tx, partnershipId: string) {
  return tx.partnershipPause.findMany({
    where: { partnershipId, status: { in: ["REQUESTED", "SCHEDULED", "ACTIVE"] } },
    select: pauseSelect,
    orderBy: { createdAt: "asc" },
  });
}

export type PauseRow = Awaited<ReturnType<typeof openPauses>>[number];

/** One open pause of this partnership, or NOT_FOUND (also for another partnership's pause). */
export async function findPause(tx: Tx, partnershipId: string, pauseId: string): Promise<PauseRow> {
  const pause = await tx.partnershipPause.findFirst({ where: { id: pauseId, partnershipId }, select: pauseSelect });
  if (!pause) throw new AppError("NOT_FOUND", "We couldn't find that pause.");
  return pause;
}

/**
 * Writes a pause row. The partial unique indexes (one REQUESTED, one SCHEDULED-or-ACTIVE per
 * partnership) back the checks made under the partnership's lock: should two ever meet there, the
 * second is told plainly instead of failing.
 */
export async function insertPause(tx: Tx, data: Prisma.PartnershipPauseUncheckedCreateInput): Promise<void> {
  try {
    await tx.partnershipPause.create({ data, select: { id: true } });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "There's already a pause asked for or planned. Reload the page to see it.", { cause: error });
    }
    throw error;
  }
}

export const pauseChanged = () => new AppError("CONFLICT", "This pause has changed since you opened it. Reload the page to see where it stands.");
