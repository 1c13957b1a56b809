import "server-only";
import type { Prisma } from "@/generated/prisma/client";

/**
 * "Is there a block between these two?" in either direction — the one test every list and lookup
 * uses to hide two members from each other (PRODUCT.md §10). Suggestions have their own form of it
 * in `pairBarriersSql` (eligibility.ts).
 */

/** SQL condition, true when a block lies between the members the two SQL expressions name. */
export const blockBetweenSql = (member: string, other: string) =>
  `EXISTS (SELECT 1 FROM block b WHERE (b."blockerId" = ${member} AND b."blockedId" = ${other}) OR (b."blockerId" = ${other} AND b."blockedId" = ${member}))`;

/** SQL condition, true when the two members of partnership `partnershipId` (an SQL expression) have a block between them. */
export const partnershipBlockedSql = (partnershipId: string) => `EXISTS (
  SELECT 1 FROM partnership_member x
  JOIN partnership_member y ON y."partnershipId" = x."partnershipId" AND y."memberId" <> x."memberId"
  JOIN block b ON b."blockerId" = x."memberId" AND b."blockedId" = y."memberId"
  WHERE x."partnershipId" = ${partnershipId})`;

/** Prisma filter: a member with a block between them and `memberId`, whoever made it. */
export const inBlockWith = (memberId: string) =>
  ({ OR: [{ blocksMade: { some: { blockedId: memberId } } }, { blocksReceived: { some: { blockerId: memberId } } }] }) satisfies Prisma.MemberWhereInput;
