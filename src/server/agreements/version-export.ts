import "server-only";
import type { AgreementVersionStatus, AgreementWithdrawnReason } from "@/generated/prisma/client";
import type { Db, Tx } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { withPartnership, type PartnershipAccess } from "@/server/partnerships/access";
import { zAgreement, type Agreement } from "@/shared/agreement/schema";
import { orderPartners, type PartnerSlot } from "@/shared/agreement/sections";
import type { VersionMeta, VersionStanding } from "@/shared/agreement/version-document";
import { who } from "./versions";

/** The history page lists at most this many versions, newest first. */
export const versionListLimit = 50;

export type VersionListItem = {
  number: number;
  status: AgreementVersionStatus;
  proposedAt: Date;
  inForceAt: Date | null;
  /** When it stopped standing: withdrawn, changes asked for, replaced by a newer version, or the partnership ended. */
  closedAt: Date | null;
  /** Still waiting for a signature when the partnership ended (a WITHDRAWN version nobody withdrew). */
  endedUnsigned: boolean;
  signatures: { by: "you" | "partner"; signedAt: Date }[];
};

export type VersionList = { versions: VersionListItem[]; more: boolean };

export type VersionRead = { content: Agreement; meta: VersionMeta };

const versionNotFound = () => new AppError("NOT_FOUND", "We couldn't find that version of your agreement.");

/** Every version of the partnership's agreement, withdrawn ones too, newest first (strangers get NOT_FOUND). */
export function versionList(db: Db, memberId: string, partnershipId: string): Promise<VersionList> {
  return withPartnership(db, { partnershipId, memberId }, async (tx, access) => {
    const rows = await tx.agreementVersion.findMany({
      where: { partnershipId: access.partnership.id },
      orderBy: { number: "desc" },
      take: versionListLimit + 1,
      select: { number: true, status: true, withdrawnReason: true, createdAt: true, inForceAt: true, closedAt: true, signatures: { orderBy: { signedAt: "asc" }, select: { memberId: true, signedAt: true } } },
    });
    const versions = rows.slice(0, versionListLimit).map((row) => ({
      number: row.number,
      status: row.status,
      proposedAt: row.createdAt,
      inForceAt: row.inForceAt,
      closedAt: row.closedAt,
      endedUnsigned: row.withdrawnReason === "PARTNERSHIP_ENDED",
      signatures: row.signatures.map((s) => ({ by: who(s.memberId, access) ?? "partner", signedAt: s.signedAt })),
    }));
    return { versions, more: rows.length > versionListLimit };
  });
}

function standingOf(row: { status: AgreementVersionStatus; withdrawnReason: AgreementWithdrawnReason | null; createdAt: Date; inForceAt: Date | null; closedAt: Date | null }): VersionStanding {
  switch (row.status) {
    case "WITHDRAWN":
      return row.withdrawnReason === "PARTNERSHIP_ENDED" ? { status: "ENDED_UNSIGNED", proposedAt: row.createdAt } : { status: "WITHDRAWN", proposedAt: row.createdAt };
    case "IN_FORCE":
      return { status: "IN_FORCE", inForceAt: row.inForceAt ?? row.createdAt };
    case "SUPERSEDED": {
      const inForceAt = row.inForceAt ?? row.createdAt;
      return { status: "SUPERSEDED", inForceAt, supersededAt: row.closedAt ?? inForceAt };
    }
    default:
      return { status: row.status, proposedAt: row.createdAt };
  }
}

async function partnerNames(tx: Tx, access: PartnershipAccess) {
  const members = await tx.member.findMany({ where: { id: { in: [access.member.memberId, access.partner.memberId] } }, select: { id: true, displayName: true } });
  const named = (memberId: string) => ({ memberId, name: members.find((m) => m.id === memberId)?.displayName ?? "Your partner" });
  const [a, b] = orderPartners(named(access.member.memberId), named(access.partner.memberId));
  return { a, b };
}

/** One version by its number, with what `versionDocument` needs: its content, where it stands, who signed it when. */
export function versionRead(db: Db, memberId: string, input: { partnershipId: string; number: number }): Promise<VersionRead> {
  return withPartnership(db, { partnershipId: input.partnershipId, memberId }, async (tx, access) => {
    const row = await tx.agreementVersion.findUnique({
      where: { partnershipId_number: { partnershipId: access.partnership.id, number: input.number } },
      select: { number: true, status: true, withdrawnReason: true, content: true, createdAt: true, inForceAt: true, closedAt: true, signatures: { select: { memberId: true, signedAt: true } } },
    });
    if (!row) throw versionNotFound();
    const { a, b } = await partnerNames(tx, access);
    const signedAt: Partial<Record<PartnerSlot, Date>> = {};
    for (const s of row.signatures) {
      if (s.memberId === a.memberId) signedAt.a = s.signedAt;
      else if (s.memberId === b.memberId) signedAt.b = s.signedAt;
    }
    return { content: zAgreement.parse(row.content), meta: { names: { a: a.name, b: b.name }, number: row.number, standing: standingOf(row), signedAt } };
  });
}
