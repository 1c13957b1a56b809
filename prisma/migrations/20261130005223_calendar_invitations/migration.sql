-- CreateEnum
CREATE TYPE "CalendarMethod" AS ENUM ('REQUEST', 'CANCEL');

-- AlterTable
ALTER TABLE "email_outbox" ADD COLUMN     "calendarMethod" "CalendarMethod",
ADD COLUMN     "calendarText" TEXT,
ADD COLUMN     "calendarUid" TEXT;

-- CreateIndex
CREATE INDEX "email_outbox_memberId_calendarUid_idx" ON "email_outbox"("memberId", "calendarUid");
