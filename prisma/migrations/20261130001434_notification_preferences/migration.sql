-- AlterTable
ALTER TABLE "email_outbox" ADD COLUMN     "notBefore" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "notification_preferences" (
    "memberId" TEXT NOT NULL,
    "choices" JSONB NOT NULL DEFAULT '{}',
    "quietHoursOn" BOOLEAN NOT NULL DEFAULT false,
    "quietStart" SMALLINT NOT NULL DEFAULT 1320,
    "quietEnd" SMALLINT NOT NULL DEFAULT 480,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "notification_preferences_pkey" PRIMARY KEY ("memberId")
);

-- AddForeignKey
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE CASCADE;
