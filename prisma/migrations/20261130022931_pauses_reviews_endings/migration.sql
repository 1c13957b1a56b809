-- CreateEnum
CREATE TYPE "PauseStatus" AS ENUM ('REQUESTED', 'SCHEDULED', 'ACTIVE', 'ENDED', 'DECLINED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "PauseKind" AS ENUM ('PAUSE', 'EXTENSION');

-- CreateEnum
CREATE TYPE "PauseEndedHow" AS ENUM ('AUTOMATICALLY', 'EARLY', 'PARTNERSHIP_ENDED');

-- CreateEnum
CREATE TYPE "ReviewKind" AS ENUM ('TRIAL', 'QUARTERLY');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('OPEN', 'REVEALED', 'CLOSED');

-- CreateEnum
CREATE TYPE "ReviewPreference" AS ENUM ('CONTINUE', 'RENEGOTIATE', 'PAUSE', 'END');

-- CreateEnum
CREATE TYPE "EndingTiming" AS ENUM ('NOW', 'AFTER_FINAL_CHECK_IN');

-- CreateEnum
CREATE TYPE "EndingStatus" AS ENUM ('SCHEDULED', 'DONE');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "PartnershipEventType" ADD VALUE 'PAUSE_REQUESTED';
ALTER TYPE "PartnershipEventType" ADD VALUE 'PAUSE_DECLINED';
ALTER TYPE "PartnershipEventType" ADD VALUE 'PAUSE_SCHEDULED';
ALTER TYPE "PartnershipEventType" ADD VALUE 'PAUSE_EXTENDED';
ALTER TYPE "PartnershipEventType" ADD VALUE 'PAUSE_WITHDRAWN';
ALTER TYPE "PartnershipEventType" ADD VALUE 'REVIEW_DUE';
ALTER TYPE "PartnershipEventType" ADD VALUE 'REVIEW_SUBMITTED';
ALTER TYPE "PartnershipEventType" ADD VALUE 'REVIEW_REVEALED';
ALTER TYPE "PartnershipEventType" ADD VALUE 'ENDING_SCHEDULED';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationType" ADD VALUE 'PAUSE_REQUESTED';
ALTER TYPE "NotificationType" ADD VALUE 'PAUSE_ANSWERED';
ALTER TYPE "NotificationType" ADD VALUE 'PAUSE_STARTED';
ALTER TYPE "NotificationType" ADD VALUE 'PAUSE_RESUMED';
ALTER TYPE "NotificationType" ADD VALUE 'REVIEW_DUE';
ALTER TYPE "NotificationType" ADD VALUE 'REVIEW_REVEALED';
ALTER TYPE "NotificationType" ADD VALUE 'PARTNERSHIP_ENDING';
ALTER TYPE "NotificationType" ADD VALUE 'PARTNERSHIP_ENDED';
ALTER TYPE "NotificationType" ADD VALUE 'REFLECTION_PROMPT';

-- AlterTable
ALTER TABLE "profile" ADD COLUMN     "rematchPriorityUntil" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "matching_pool" ADD COLUMN     "rematchPriorityUntil" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "partnership_pause" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "kind" "PauseKind" NOT NULL DEFAULT 'PAUSE',
    "extendsId" TEXT,
    "answersId" TEXT,
    "requestedById" TEXT,
    "status" "PauseStatus" NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "reason" TEXT,
    "message" TEXT,
    "respondedById" TEXT,
    "respondedAt" TIMESTAMPTZ(3),
    "startedAt" TIMESTAMPTZ(3),
    "endedAt" TIMESTAMPTZ(3),
    "endedHow" "PauseEndedHow",
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "partnership_pause_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "partnership_review" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "kind" "ReviewKind" NOT NULL,
    "number" INTEGER NOT NULL,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "status" "ReviewStatus" NOT NULL DEFAULT 'OPEN',
    "revealedAt" TIMESTAMPTZ(3),
    "nextStep" "ReviewPreference",
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "partnership_review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "review_answer" (
    "reviewId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "commitment" INTEGER NOT NULL,
    "scheduleFit" INTEGER NOT NULL,
    "values" INTEGER NOT NULL,
    "communication" INTEGER NOT NULL,
    "working" TEXT NOT NULL,
    "change" TEXT NOT NULL,
    "preference" "ReviewPreference" NOT NULL,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "review_answer_pkey" PRIMARY KEY ("reviewId","memberId")
);

-- CreateTable
CREATE TABLE "partnership_ending" (
    "partnershipId" TEXT NOT NULL,
    "endedById" TEXT,
    "timing" "EndingTiming" NOT NULL,
    "status" "EndingStatus" NOT NULL,
    "reason" TEXT,
    "closingTemplate" TEXT,
    "closingMessage" TEXT,
    "quietly" BOOLEAN NOT NULL DEFAULT false,
    "doNotRematch" BOOLEAN NOT NULL DEFAULT true,
    "finalCheckInAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMPTZ(3),

    CONSTRAINT "partnership_ending_pkey" PRIMARY KEY ("partnershipId")
);

-- CreateTable
CREATE TABLE "partnership_reflection" (
    "partnershipId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "partnership_reflection_pkey" PRIMARY KEY ("partnershipId","memberId")
);

-- CreateIndex
CREATE INDEX "partnership_pause_partnershipId_createdAt_idx" ON "partnership_pause"("partnershipId", "createdAt");

-- CreateIndex
CREATE INDEX "partnership_pause_status_startsAt_idx" ON "partnership_pause"("status", "startsAt");

-- CreateIndex
CREATE INDEX "partnership_pause_status_endsAt_idx" ON "partnership_pause"("status", "endsAt");

-- CreateIndex
CREATE INDEX "partnership_review_status_partnershipId_idx" ON "partnership_review"("status", "partnershipId");

-- CreateIndex
CREATE UNIQUE INDEX "partnership_review_partnershipId_kind_number_key" ON "partnership_review"("partnershipId", "kind", "number");

-- CreateIndex
CREATE INDEX "partnership_ending_status_finalCheckInAt_idx" ON "partnership_ending"("status", "finalCheckInAt");

-- AddForeignKey
ALTER TABLE "partnership_pause" ADD CONSTRAINT "partnership_pause_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partnership_pause" ADD CONSTRAINT "partnership_pause_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partnership_review" ADD CONSTRAINT "partnership_review_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_answer" ADD CONSTRAINT "review_answer_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "partnership_review"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_answer" ADD CONSTRAINT "review_answer_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partnership_ending" ADD CONSTRAINT "partnership_ending_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partnership_ending" ADD CONSTRAINT "partnership_ending_endedById_fkey" FOREIGN KEY ("endedById") REFERENCES "member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partnership_reflection" ADD CONSTRAINT "partnership_reflection_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partnership_reflection" ADD CONSTRAINT "partnership_reflection_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Pauses never overlap: at most one waiting for an answer, and one planned or running, per partnership.
CREATE UNIQUE INDEX "partnership_pause_one_requested" ON "partnership_pause" ("partnershipId") WHERE "status" = 'REQUESTED';
CREATE UNIQUE INDEX "partnership_pause_one_planned_or_running" ON "partnership_pause" ("partnershipId") WHERE "status" IN ('SCHEDULED', 'ACTIVE');
ALTER TABLE "partnership_pause" ADD CONSTRAINT "partnership_pause_ends_after_start" CHECK ("endsAt" > "startsAt");

ALTER TABLE "review_answer" ADD CONSTRAINT "review_answer_ratings" CHECK (
  "commitment" BETWEEN 1 AND 5 AND "scheduleFit" BETWEEN 1 AND 5 AND "values" BETWEEN 1 AND 5 AND "communication" BETWEEN 1 AND 5);
ALTER TABLE "partnership_review" ADD CONSTRAINT "partnership_review_number" CHECK ("number" >= 1);

-- The pool mirrors a left partner's priority (PRODUCT.md §9), like every other column it holds.
CREATE OR REPLACE FUNCTION matching_pool_profile_changed(p profile) RETURNS void LANGUAGE sql AS $$
  UPDATE matching_pool SET
    "open" = p."openToMatching" AND p."completedAt" IS NOT NULL,
    languages = p.languages,
    "mustShareLanguage" = p."mustShareLanguage",
    "needsSobrietyFriendlyPartner" = coalesce(p."needsSobrietyFriendlyPartner", false),
    "sobrietyFriendly" = coalesce(p."sobrietyFriendly", false),
    "partnershipCapacity" = p."partnershipCapacity",
    "rematchPriorityUntil" = p."rematchPriorityUntil"
  WHERE "memberId" = p."memberId"
$$;
DROP TRIGGER matching_pool_profile_update ON profile;
CREATE TRIGGER matching_pool_profile_update AFTER UPDATE ON profile FOR EACH ROW
  WHEN (OLD."openToMatching" IS DISTINCT FROM NEW."openToMatching" OR OLD."completedAt" IS DISTINCT FROM NEW."completedAt"
    OR OLD.languages IS DISTINCT FROM NEW.languages OR OLD."mustShareLanguage" IS DISTINCT FROM NEW."mustShareLanguage"
    OR OLD."needsSobrietyFriendlyPartner" IS DISTINCT FROM NEW."needsSobrietyFriendlyPartner"
    OR OLD."sobrietyFriendly" IS DISTINCT FROM NEW."sobrietyFriendly" OR OLD."partnershipCapacity" IS DISTINCT FROM NEW."partnershipCapacity"
    OR OLD."rematchPriorityUntil" IS DISTINCT FROM NEW."rematchPriorityUntil")
  EXECUTE FUNCTION matching_pool_on_profile_update();
