-- CreateEnum
CREATE TYPE "CheckInNoticeKind" AS ENUM ('REMINDER', 'MISSED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationType" ADD VALUE 'CHECK_IN_REMINDER';
ALTER TYPE "NotificationType" ADD VALUE 'CHECK_IN_MISSED';
ALTER TYPE "NotificationType" ADD VALUE 'CHECK_IN_PAUSE_OR_REVIEW';

-- CreateTable
CREATE TABLE "check_in_notice" (
    "partnershipId" TEXT NOT NULL,
    "occurrenceStart" TIMESTAMPTZ(3) NOT NULL,
    "kind" "CheckInNoticeKind" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "check_in_notice_pkey" PRIMARY KEY ("partnershipId","occurrenceStart","kind")
);

-- AddForeignKey
ALTER TABLE "check_in_notice" ADD CONSTRAINT "check_in_notice_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;
