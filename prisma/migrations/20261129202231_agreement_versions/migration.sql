-- CreateEnum
CREATE TYPE "AgreementVersionStatus" AS ENUM ('PROPOSED', 'WITHDRAWN', 'CHANGES_REQUESTED', 'IN_FORCE', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "AgreementWithdrawnReason" AS ENUM ('EDITED', 'WITHDRAWN_BY_MEMBER');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "PartnershipEventType" ADD VALUE 'AGREEMENT_PROPOSED';
ALTER TYPE "PartnershipEventType" ADD VALUE 'AGREEMENT_SIGNED';
ALTER TYPE "PartnershipEventType" ADD VALUE 'AGREEMENT_CHANGES_REQUESTED';
ALTER TYPE "PartnershipEventType" ADD VALUE 'AGREEMENT_PROPOSAL_WITHDRAWN';
ALTER TYPE "PartnershipEventType" ADD VALUE 'AGREEMENT_IN_FORCE';
ALTER TYPE "PartnershipEventType" ADD VALUE 'AMENDMENT_OPENED';
ALTER TYPE "PartnershipEventType" ADD VALUE 'AMENDMENT_WITHDRAWN';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationType" ADD VALUE 'AGREEMENT_PROPOSED';
ALTER TYPE "NotificationType" ADD VALUE 'AGREEMENT_SIGNED';
ALTER TYPE "NotificationType" ADD VALUE 'AGREEMENT_CHANGES_REQUESTED';
ALTER TYPE "NotificationType" ADD VALUE 'AMENDMENT_OPENED';
ALTER TYPE "NotificationType" ADD VALUE 'AMENDMENT_IN_FORCE';

-- AlterEnum
ALTER TYPE "AgreementDraftKind" ADD VALUE 'AMENDMENT';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "AgreementDraftStatus" ADD VALUE 'IN_FORCE';
ALTER TYPE "AgreementDraftStatus" ADD VALUE 'WITHDRAWN';

-- CreateTable
CREATE TABLE "agreement_version" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "draftId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "hash" TEXT NOT NULL,
    "status" "AgreementVersionStatus" NOT NULL DEFAULT 'PROPOSED',
    "proposedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnReason" "AgreementWithdrawnReason",
    "withdrawnById" TEXT,
    "changedSections" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "changesComment" TEXT,
    "changesById" TEXT,
    "closedAt" TIMESTAMPTZ(3),
    "inForceAt" TIMESTAMPTZ(3),

    CONSTRAINT "agreement_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agreement_signature" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "signedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "agreement_signature_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "agreement_version_draftId_status_idx" ON "agreement_version"("draftId", "status");

-- CreateIndex
CREATE INDEX "agreement_version_proposedById_idx" ON "agreement_version"("proposedById");

-- CreateIndex
CREATE UNIQUE INDEX "agreement_version_partnershipId_number_key" ON "agreement_version"("partnershipId", "number");

-- CreateIndex
CREATE INDEX "agreement_signature_memberId_idx" ON "agreement_signature"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "agreement_signature_versionId_memberId_key" ON "agreement_signature"("versionId", "memberId");

-- AddForeignKey
ALTER TABLE "agreement_version" ADD CONSTRAINT "agreement_version_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement_version" ADD CONSTRAINT "agreement_version_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "agreement_draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement_version" ADD CONSTRAINT "agreement_version_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement_signature" ADD CONSTRAINT "agreement_signature_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "agreement_version"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement_signature" ADD CONSTRAINT "agreement_signature_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written constraints (kept here because Prisma's schema language cannot express them).
-- One draft open at a time per partnership: the first one, or one amendment.
CREATE UNIQUE INDEX "agreement_draft_one_open_per_partnership" ON "agreement_draft" ("partnershipId") WHERE "status" = 'OPEN';
-- One open proposal per partnership (so per draft).
CREATE UNIQUE INDEX "agreement_version_one_proposed_per_partnership" ON "agreement_version" ("partnershipId") WHERE "status" = 'PROPOSED';
-- One version in force per partnership.
CREATE UNIQUE INDEX "agreement_version_one_in_force_per_partnership" ON "agreement_version" ("partnershipId") WHERE "status" = 'IN_FORCE';
