-- CreateEnum
CREATE TYPE "AgreementDraftKind" AS ENUM ('INITIAL');

-- CreateEnum
CREATE TYPE "AgreementDraftStatus" AS ENUM ('OPEN');

-- CreateTable
CREATE TABLE "agreement_draft" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "kind" "AgreementDraftKind" NOT NULL DEFAULT 'INITIAL',
    "status" "AgreementDraftStatus" NOT NULL DEFAULT 'OPEN',
    "snapshot" BYTEA,
    "snapshotUpdateId" BIGINT NOT NULL DEFAULT 0,
    "size" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "agreement_draft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agreement_draft_update" (
    "id" BIGSERIAL NOT NULL,
    "draftId" TEXT NOT NULL,
    "authorId" TEXT,
    "update" BYTEA NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "agreement_draft_update_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "agreement_draft_partnershipId_kind_idx" ON "agreement_draft"("partnershipId", "kind");

-- CreateIndex
CREATE INDEX "agreement_draft_update_draftId_id_idx" ON "agreement_draft_update"("draftId", "id");

-- CreateIndex
CREATE INDEX "agreement_draft_update_authorId_idx" ON "agreement_draft_update"("authorId");

-- AddForeignKey
ALTER TABLE "agreement_draft" ADD CONSTRAINT "agreement_draft_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement_draft_update" ADD CONSTRAINT "agreement_draft_update_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "agreement_draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement_draft_update" ADD CONSTRAINT "agreement_draft_update_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "member"("id") ON DELETE SET NULL ON UPDATE CASCADE;
