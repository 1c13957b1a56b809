-- CreateEnum
CREATE TYPE "ReportCategory" AS ENUM ('HARASSMENT', 'MANIPULATION_OR_COERCION', 'ROMANTIC_OR_SEXUAL_PRESSURE', 'SPAM_OR_SCAM', 'SAFETY_CONCERN', 'OTHER');

-- CreateEnum
CREATE TYPE "ReportSubject" AS ENUM ('PROFILE', 'REQUEST_NOTE', 'PARTNERSHIP', 'AGREEMENT', 'CHECK_IN_ANSWER');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('OPEN', 'DISMISSED', 'WARNED', 'SUSPENDED');

-- CreateEnum
CREATE TYPE "ModerationActionType" AS ENUM ('DISMISS', 'WARN', 'SUSPEND', 'UNSUSPEND');

-- AlterEnum
ALTER TYPE "NotificationType" ADD VALUE 'MODERATOR_WARNING';

-- CreateTable
CREATE TABLE "report" (
    "id" TEXT NOT NULL,
    "reporterId" TEXT,
    "reportedId" TEXT,
    "category" "ReportCategory" NOT NULL,
    "details" VARCHAR(2000) NOT NULL,
    "subject" "ReportSubject" NOT NULL,
    "subjectId" TEXT,
    "status" "ReportStatus" NOT NULL DEFAULT 'OPEN',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMPTZ(3),

    CONSTRAINT "report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "moderation_action" (
    "id" TEXT NOT NULL,
    "moderatorId" TEXT,
    "memberId" TEXT,
    "reportId" TEXT,
    "type" "ModerationActionType" NOT NULL,
    "reason" VARCHAR(2000) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "moderation_action_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "report_status_createdAt_idx" ON "report"("status", "createdAt");

-- CreateIndex
CREATE INDEX "report_reportedId_createdAt_idx" ON "report"("reportedId", "createdAt");

-- CreateIndex
CREATE INDEX "report_reporterId_createdAt_idx" ON "report"("reporterId", "createdAt");

-- CreateIndex
CREATE INDEX "moderation_action_memberId_createdAt_idx" ON "moderation_action"("memberId", "createdAt");

-- CreateIndex
CREATE INDEX "moderation_action_reportId_createdAt_idx" ON "moderation_action"("reportId", "createdAt");

-- CreateIndex
CREATE INDEX "moderation_action_moderatorId_createdAt_idx" ON "moderation_action"("moderatorId", "createdAt");

-- CreateIndex
CREATE INDEX "moderation_action_createdAt_idx" ON "moderation_action"("createdAt");

-- AddForeignKey
ALTER TABLE "report" ADD CONSTRAINT "report_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report" ADD CONSTRAINT "report_reportedId_fkey" FOREIGN KEY ("reportedId") REFERENCES "member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "moderation_action" ADD CONSTRAINT "moderation_action_moderatorId_fkey" FOREIGN KEY ("moderatorId") REFERENCES "member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "moderation_action" ADD CONSTRAINT "moderation_action_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "moderation_action" ADD CONSTRAINT "moderation_action_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "report"("id") ON DELETE SET NULL ON UPDATE CASCADE;
