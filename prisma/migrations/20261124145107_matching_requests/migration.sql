-- CreateEnum
CREATE TYPE "MatchRequestStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'EXPIRED', 'CLOSED');

-- CreateEnum
CREATE TYPE "MatchRequestEventType" AS ENUM ('SENT', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'EXPIRED', 'CLOSED');

-- CreateEnum
CREATE TYPE "PartnershipStatus" AS ENUM ('DRAFTING', 'ACTIVE', 'PAUSED', 'ENDED');

-- CreateEnum
CREATE TYPE "PartnershipEventType" AS ENUM ('CREATED');

-- CreateEnum
CREATE TYPE "NotificationType" AS ENUM ('REQUEST_RECEIVED', 'REQUEST_ACCEPTED');

-- AlterTable
ALTER TABLE "profile" ADD COLUMN     "partnershipCapacity" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "match_request" (
    "id" TEXT NOT NULL,
    "senderId" TEXT NOT NULL,
    "recipientId" TEXT NOT NULL,
    "note" VARCHAR(500),
    "status" "MatchRequestStatus" NOT NULL DEFAULT 'PENDING',
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "respondedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "match_request_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "match_request_event" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "actorId" TEXT,
    "type" "MatchRequestEventType" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "match_request_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "block" (
    "blockerId" TEXT NOT NULL,
    "blockedId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "block_pkey" PRIMARY KEY ("blockerId","blockedId")
);

-- CreateTable
CREATE TABLE "partnership" (
    "id" TEXT NOT NULL,
    "status" "PartnershipStatus" NOT NULL DEFAULT 'DRAFTING',
    "requestId" TEXT,
    "doNotRematch" BOOLEAN NOT NULL DEFAULT false,
    "endedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "partnership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "partnership_member" (
    "partnershipId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "status" "PartnershipStatus" NOT NULL DEFAULT 'DRAFTING',
    "joinedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "partnership_member_pkey" PRIMARY KEY ("partnershipId","memberId")
);

-- CreateTable
CREATE TABLE "partnership_event" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "actorId" TEXT,
    "type" "PartnershipEventType" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "partnership_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification" (
    "id" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "type" "NotificationType" NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "readAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "match_request_senderId_status_idx" ON "match_request"("senderId", "status");

-- CreateIndex
CREATE INDEX "match_request_recipientId_status_idx" ON "match_request"("recipientId", "status");

-- CreateIndex
CREATE INDEX "match_request_recipientId_createdAt_idx" ON "match_request"("recipientId", "createdAt");

-- CreateIndex
CREATE INDEX "match_request_status_expiresAt_idx" ON "match_request"("status", "expiresAt");

-- CreateIndex
CREATE INDEX "match_request_event_requestId_createdAt_idx" ON "match_request_event"("requestId", "createdAt");

-- CreateIndex
CREATE INDEX "match_request_event_actorId_idx" ON "match_request_event"("actorId");

-- CreateIndex
CREATE INDEX "block_blockedId_idx" ON "block"("blockedId");

-- CreateIndex
CREATE UNIQUE INDEX "partnership_requestId_key" ON "partnership"("requestId");

-- CreateIndex
CREATE INDEX "partnership_status_idx" ON "partnership"("status");

-- CreateIndex
CREATE INDEX "partnership_member_memberId_status_idx" ON "partnership_member"("memberId", "status");

-- CreateIndex
CREATE INDEX "partnership_event_partnershipId_createdAt_idx" ON "partnership_event"("partnershipId", "createdAt");

-- CreateIndex
CREATE INDEX "partnership_event_actorId_idx" ON "partnership_event"("actorId");

-- CreateIndex
CREATE INDEX "notification_memberId_createdAt_idx" ON "notification"("memberId", "createdAt");

-- CreateIndex
CREATE INDEX "notification_memberId_readAt_idx" ON "notification"("memberId", "readAt");

-- AddForeignKey
ALTER TABLE "match_request" ADD CONSTRAINT "match_request_senderId_fkey" FOREIGN KEY ("senderId") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "match_request" ADD CONSTRAINT "match_request_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "match_request_event" ADD CONSTRAINT "match_request_event_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "match_request"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "match_request_event" ADD CONSTRAINT "match_request_event_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "block" ADD CONSTRAINT "block_blockerId_fkey" FOREIGN KEY ("blockerId") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "block" ADD CONSTRAINT "block_blockedId_fkey" FOREIGN KEY ("blockedId") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partnership" ADD CONSTRAINT "partnership_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "match_request"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partnership_member" ADD CONSTRAINT "partnership_member_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partnership_member" ADD CONSTRAINT "partnership_member_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partnership_event" ADD CONSTRAINT "partnership_event_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partnership_event" ADD CONSTRAINT "partnership_event_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written constraints (kept here because Prisma's schema language cannot express them).
-- One pending request per pair of members, whichever way round it was sent.
CREATE UNIQUE INDEX "match_request_one_pending_per_pair" ON "match_request" (LEAST("senderId", "recipientId"), GREATEST("senderId", "recipientId")) WHERE "status" = 'PENDING';
ALTER TABLE "match_request" ADD CONSTRAINT "match_request_not_self" CHECK ("senderId" <> "recipientId");
ALTER TABLE "block" ADD CONSTRAINT "block_not_self" CHECK ("blockerId" <> "blockedId");
ALTER TABLE "profile" ADD CONSTRAINT "profile_partnership_capacity_range" CHECK ("partnershipCapacity" BETWEEN 1 AND 3);
