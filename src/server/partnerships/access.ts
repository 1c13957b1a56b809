import "server-only";
import { cache } from "react";
import type { Db, Tx } from "@/server/db/client";
import { retryOnConflict } from "@/server/db/retry";
import { AppError } from "@/server/errors";
import { Prisma } from "@/generated/prisma/client";
import { partnershipBlockedSql } from "@/server/blocks/between";
import type { PartnershipStatus } from "./rules";

export type PartnershipMemberRow = { memberId: string; status: PartnershipStatus; joinedAt: Date };

/** A partnership as one of its members acts on it, locked until their transaction ends. */
export type PartnershipAccess = {
  partnership: { id: string; status: PartnershipStatus };
  /** The acting member's own row. */
  member: PartnershipMemberRow;
  partner: PartnershipMemberRow;
};

const blockedPartnership = Prisma.raw(partnershipBlockedSql("p.id"));

/** The partnership if this member is in it and no block stands between its two members. */
const memberPartnership = (ids: { partnershipId: string; memberId: string }, lock: Prisma.Sql = Prisma.empty) => Prisma.sql`
    SELECT p.id, p.status::text AS status FROM partnership p
    WHERE p.id = ${ids.partnershipId}
      AND EXISTS (SELECT 1 FROM partnership_member pm WHERE pm."partnershipId" = p.id AND pm."memberId" = ${ids.memberId})
      AND NOT ${blockedPartnership}
    ${lock}`;

export const partnershipNotFound = () => new AppError("NOT_FOUND", "We couldn't find that partnership.");

/**
 * Locks the partnership (`FOR UPDATE`) if this member is in it; membership is part of the WHERE
 * clause, so a stranger learns nothing: they get NOT_FOUND, exactly as for an id that doesn't
 * exist. A partnership whose two members have a block between them is not found either, by both
 * of them. Every partnership-scoped service starts here, inside its transaction.
 */
export async function lockPartnership(tx: Tx, ids: { partnershipId: string; memberId: string }): Promise<PartnershipAccess> {
  const rows = await tx.$queryRaw<{ id: string; status: PartnershipStatus }[]>(memberPartnership(ids, Prisma.sql`FOR UPDATE`));
  const partnership = rows[0];
  if (!partnership) throw partnershipNotFound();
  const members = await tx.partnershipMember.findMany({
    where: { partnershipId: partnership.id },
    select: { memberId: true, status: true, joinedAt: true },
  });
  const member = members.find((m) => m.memberId === ids.memberId);
  const partner = members.find((m) => m.memberId !== ids.memberId);
  if (!member || !partner) throw partnershipNotFound();
  return { partnership, member, partner };
}

/**
 * The partnership's status for one of its members, without locking it (for reads that must never
 * hold up a partner's move or a job): a stranger, and both members of a blocked pair, get
 * NOT_FOUND, exactly as from lockPartnership.
 */
export async function partnershipStatusFor(db: Db, ids: { partnershipId: string; memberId: string }): Promise<PartnershipStatus> {
  return (await readPartnership(db, ids.partnershipId, ids.memberId)).partnership.status;
}

type AccessRow = { id: string; status: PartnershipStatus; memberId: string; memberStatus: PartnershipStatus; joinedAt: Date };

/**
 * The partnership as one of its members reads it, in one query and without a lock: the same
 * NOT_FOUND as lockPartnership for a stranger and for a blocked pair. Remembered for the rest of a
 * server render (React `cache`; outside a render every call reads), so the several procedures a
 * page calls share one read while each still authorizes the member itself.
 */
export const readPartnership = cache(async (db: Db, partnershipId: string, memberId: string): Promise<PartnershipAccess> => {
  const rows = await db.$queryRaw<AccessRow[]>`
    SELECT p.id, p.status::text AS status, pm."memberId", pm.status::text AS "memberStatus", pm."joinedAt"
    FROM partnership p JOIN partnership_member pm ON pm."partnershipId" = p.id
    WHERE p.id = ${partnershipId}
      AND EXISTS (SELECT 1 FROM partnership_member mine WHERE mine."partnershipId" = p.id AND mine."memberId" = ${memberId})
      AND NOT ${blockedPartnership}`;
  const row = (mine: boolean) => rows.find((r) => (r.memberId === memberId) === mine);
  const [me, partner] = [row(true), row(false)];
  if (!me || !partner) throw partnershipNotFound();
  const member = (r: AccessRow): PartnershipMemberRow => ({ memberId: r.memberId, status: r.memberStatus, joinedAt: r.joinedAt });
  return { partnership: { id: me.id, status: me.status }, member: member(me), partner: member(partner) };
});

/**
 * Runs a view that only reads with the partnership for this member (readPartnership): no
 * transaction and no lock, so a page's reads never wait on each other or hold up a partner's move.
 * What a view shows may be a moment old; every change re-checks under withPartnership's lock.
 */
export async function readingPartnership<T>(db: Db, ids: { partnershipId: string; memberId: string }, view: (db: Db, access: PartnershipAccess) => Promise<T>): Promise<T> {
  return view(db, await readPartnership(db, ids.partnershipId, ids.memberId));
}

/** Runs `work` in a transaction with the partnership locked for this member, again on a conflict. */
export function withPartnership<T>(db: Db, ids: { partnershipId: string; memberId: string }, work: (tx: Tx, access: PartnershipAccess) => Promise<T>): Promise<T> {
  return retryOnConflict(() => db.$transaction(async (tx) => work(tx, await lockPartnership(tx, ids))));
}
