import "server-only";
import type { Db, Tx } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { notify, type Notice } from "@/server/notifications/service";
import { withPartnership, type PartnershipAccess } from "./access";
import { recordPartnershipEvent, type PartnershipEventData } from "./events";
import { moves, transition, type EventOf, type PartnershipAction, type PartnershipStatus } from "./rules";

type Step<A extends PartnershipAction> = {
  action: A;
  /** The data of the one timeline event this action records (its schema: events.ts). */
  data: PartnershipEventData<EventOf<A>>;
  /** Who hears about it, once the change is written. */
  notify?: (access: PartnershipAccess) => Notice[];
};

/** After the pure transition allowed the move and the status is written: one event, then its notices. */
async function record<A extends PartnershipAction>(tx: Tx, access: PartnershipAccess, actorId: string, step: Step<A>): Promise<void> {
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
    const { status } = result;
    await tx.partnership.update({ where: { id: before.partnership.id }, data: { status, ...(status === "ENDED" ? { endedAt: now } : {}) } });
    await tx.partnershipMember.updateMany({ where: { partnershipId: before.partnership.id }, data: { status } });
    const after = { partnership: { ...before.partnership, status }, member: { ...before.member, status }, partner: { ...before.partner, status } };
    await input.apply?.(tx, after);
    await record(tx, after, input.memberId, input);
    return after;
  });
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
  await record(tx, access, input.memberId, { action: "CREATE", data: { requestId: input.requestId }, notify: input.notify });
  return access;
}
