import "server-only";
import type { Db, Tx } from "@/server/db/client";
import { cancelCheckInInvitations } from "@/server/calendar/invitations";
import { AppError } from "@/server/errors";
import { notify, type Notice } from "@/server/notifications/service";
import { withPartnership, type PartnershipAccess } from "./access";
import { recordPartnershipEvent, type PartnershipEventData } from "./events";
import { endings, moves, transition, type EventOf, type PartnershipAction, type PartnershipStatus } from "./rules";

type Step<A extends PartnershipAction> = {
  action: A;
  /** The data of the one timeline event this action records (its schema: events.ts). */
  data: PartnershipEventData<EventOf<A>>;
  /** Who hears about it, once the change is written. */
  notify?: (access: PartnershipAccess) => Notice[];
};

/** After the pure transition allowed the move and the status is written: one event, then its notices. */
async function record<A extends PartnershipAction>(tx: Tx, access: PartnershipAccess, actorId: string | null, step: Step<A>): Promise<void> {
  await recordPartnershipEvent(tx, { partnershipId: access.partnership.id, actorId, type: moves[step.action].event, data: step.data });
  for (const notice of step.notify?.(access) ?? []) await notify(tx, notice);
}

const changedMeanwhile = () => new AppError("CONFLICT", "This partnership has changed since you opened it. Reload the page to see where it stands.");

/**
 * How every partnership feature changes a partnership's status: retry on conflict → transaction →
 * lock for the acting member (a stranger gets NOT_FOUND) → the pure transition in rules.ts →
 * the new status → `apply` (the feature's own rows) → exactly one timeline event → notices.
 * A refused move writes nothing. Returns the partnership as it is afterwards.
 */
export function runTransition<A extends Exclude<PartnershipAction, "CREATE">>(
  db: Db,
  input: Step<A> & {
    partnershipId: string;
    memberId: string;
    /** The feature's own writes in the same transaction (a pause, a signed version), after the move is allowed. */
    apply?: (tx: Tx, access: PartnershipAccess) => Promise<void>;
    /** The feature's own, narrower set of statuses its move starts from (see `transition`). */
    only?: readonly PartnershipStatus[];
    /** What the member is told when the current status does not allow the action. */
    refused?: (status: PartnershipStatus) => AppError;
  },
  now = new Date(),
): Promise<PartnershipAccess> {
  return withPartnership(db, input, async (tx, before) => {
    const result = transition(before.partnership.status, input.action, input.only);
    if (!result.ok) throw (input.refused ?? changedMeanwhile)(before.partnership.status);
    const after = await writeStatus(tx, before, result.status, now);
    await input.apply?.(tx, after);
    await record(tx, after, input.memberId, input);
    return after;
  });
}

async function writeStatus(tx: Tx, before: PartnershipAccess, status: PartnershipStatus, now: Date): Promise<PartnershipAccess> {
  await tx.partnership.update({ where: { id: before.partnership.id }, data: { status, ...(status === "ENDED" ? { endedAt: now } : {}) } });
  await tx.partnershipMember.updateMany({ where: { partnershipId: before.partnership.id }, data: { status } });
  if (status === "ENDED") await closeWhatWasOpen(tx, before.partnership.id, now);
  return { partnership: { ...before.partnership, status }, member: { ...before.member, status }, partner: { ...before.partner, status } };
}

/**
 * However a partnership ends, nothing of it stays open: a pause asked for or planned is withdrawn
 * (one running ends), a review nobody finished closes unrevealed, a version waiting for a signature
 * closes unsigned (nobody withdrew it, so none is named), a change to the agreement still being
 * written is set aside (the version in force stays what the partnership followed), and a calendar
 * holding its check-ins is told they're cancelled.
 */
async function closeWhatWasOpen(tx: Tx, partnershipId: string, now: Date): Promise<void> {
  await tx.agreementVersion.updateMany({ where: { partnershipId, status: "PROPOSED" }, data: { status: "WITHDRAWN", withdrawnReason: "PARTNERSHIP_ENDED", closedAt: now } });
  await tx.agreementDraft.updateMany({ where: { partnershipId, kind: "AMENDMENT", status: "OPEN" }, data: { status: "WITHDRAWN" } });
  await tx.partnershipPause.updateMany({ where: { partnershipId, status: { in: ["REQUESTED", "SCHEDULED"] } }, data: { status: "WITHDRAWN", endedAt: now, endedHow: "PARTNERSHIP_ENDED" } });
  await tx.partnershipPause.updateMany({ where: { partnershipId, status: "ACTIVE" }, data: { status: "ENDED", endedAt: now, endedHow: "PARTNERSHIP_ENDED" } });
  await tx.partnershipReview.updateMany({ where: { partnershipId, status: "OPEN" }, data: { status: "CLOSED" } });
  await cancelCheckInInvitations(tx, partnershipId, now);
}

/**
 * A move nobody makes at the moment it happens — a planned pause starting, a pause ending on its
 * date, an ending after the final check-in — run by a background job inside the caller's
 * transaction. The partnership is locked by id; a move the current status no longer allows (a
 * duplicate run, or a partner got there first) writes nothing and returns null. The event has no
 * actor. `member` and `partner` are simply the two members, in id order.
 */
export async function runTimedTransition<A extends Exclude<PartnershipAction, "CREATE">>(
  tx: Tx,
  input: Step<A> & {
    partnershipId: string;
    apply?: (tx: Tx, access: PartnershipAccess) => Promise<void>;
    only?: readonly PartnershipStatus[];
  },
  now = new Date(),
): Promise<PartnershipAccess | null> {
  const rows = await tx.$queryRaw<{ id: string; status: PartnershipStatus }[]>`
    SELECT p.id, p.status::text AS status FROM partnership p WHERE p.id = ${input.partnershipId} FOR UPDATE`;
  const row = rows[0];
  if (!row) return null;
  const result = transition(row.status, input.action, input.only);
  if (!result.ok) return null;
  const [member, partner] = await tx.partnershipMember.findMany({
    where: { partnershipId: row.id },
    select: { memberId: true, status: true, joinedAt: true },
    orderBy: { memberId: "asc" },
  });
  if (!member || !partner) return null;
  const after = await writeStatus(tx, { partnership: row, member, partner }, result.status, now);
  await input.apply?.(tx, after);
  await record(tx, after, null, input);
  return after;
}

/**
 * Ends, inside the caller's transaction, every open partnership of `memberId` (with `otherId` only,
 * when given) the QUIETLY way: a block, a suspension or a deleted account. No actor is recorded and
 * nobody is notified, so the ending says nothing about why; the pair is never suggested again.
 * Each partnership is locked first, so a partner's own move at the same moment waits and then finds
 * it ENDED. Returns the ids of the partnerships it ended.
 */
export async function endQuietly(tx: Tx, pair: { memberId: string; otherId?: string }, now = new Date()): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string; status: PartnershipStatus }[]>`
    SELECT p.id, p.status::text AS status FROM partnership p
    WHERE EXISTS (SELECT 1 FROM partnership_member pm WHERE pm."partnershipId" = p.id AND pm."memberId" = ${pair.memberId})
      AND (${pair.otherId ?? null}::text IS NULL
        OR EXISTS (SELECT 1 FROM partnership_member pm WHERE pm."partnershipId" = p.id AND pm."memberId" = ${pair.otherId ?? null}::text))
      AND p.status <> 'ENDED'
    ORDER BY p.id
    FOR UPDATE`;
  const ended: string[] = [];
  for (const row of rows) {
    const result = transition(row.status, "END", endings.QUIETLY.from);
    if (!result.ok) continue;
    const members = await tx.partnershipMember.findMany({ where: { partnershipId: row.id }, select: { memberId: true, status: true, joinedAt: true } });
    const [member, partner] = [members.find((m) => m.memberId === pair.memberId), members.find((m) => m.memberId !== pair.memberId)];
    if (!member || !partner) continue;
    const after = await writeStatus(tx, { partnership: row, member, partner }, result.status, now);
    await tx.partnership.update({ where: { id: row.id }, data: { doNotRematch: true } });
    await record(tx, after, null, { action: "END", data: { how: "QUIETLY" } });
    ended.push(row.id);
  }
  return ended;
}

/**
 * Creates a partnership through the same pure transition (CREATE, from nothing to DRAFTING), with
 * both members, its CREATED event and its notices, inside the caller's transaction: accepting a
 * request has already locked both members and the request.
 */
export async function startPartnership(
  tx: Tx,
  input: { requestId: string; memberId: string; partnerId: string; notify?: Step<"CREATE">["notify"] },
): Promise<PartnershipAccess> {
  const result = transition(null, "CREATE");
  if (!result.ok) throw changedMeanwhile();
  const { status } = result;
  const created = await tx.partnership.create({
    data: { status, requestId: input.requestId, members: { create: [input.memberId, input.partnerId].map((memberId) => ({ memberId, status })) } },
    select: { id: true, members: { select: { memberId: true, status: true, joinedAt: true } } },
  });
  const member = created.members.find((m) => m.memberId === input.memberId);
  const partner = created.members.find((m) => m.memberId === input.partnerId);
  if (!member || !partner) throw new Error("A new partnership is missing a member");
  const access = { partnership: { id: created.id, status }, member, partner };
  // A new partnership ends the priority a partner left behind had in others' suggestions (PRODUCT.md §9).
  await tx.profile.updateMany({ where: { memberId: { in: [input.memberId, input.partnerId] }, rematchPriorityUntil: { not: null } }, data: { rematchPriorityUntil: null } });
  await record(tx, access, input.memberId, { action: "CREATE", data: { requestId: input.requestId }, notify: input.notify });
  return access;
}
