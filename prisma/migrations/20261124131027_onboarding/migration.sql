-- CreateEnum
CREATE TYPE "FocusArea" AS ENUM ('LONELINESS', 'ADDICTION_RECOVERY', 'HEALING_FROM_MANIPULATION', 'SOCIAL_ANXIETY', 'LIFE_TRANSITION', 'BUILDING_FRIENDSHIPS', 'FAMILY_RECONNECTION');

-- CreateEnum
CREATE TYPE "CheckInFrequency" AS ENUM ('DAILY', 'SEVERAL_A_WEEK', 'WEEKLY', 'FORTNIGHTLY');

-- CreateEnum
CREATE TYPE "IntendedLength" AS ENUM ('TRIAL_4_WEEKS', 'THREE_MONTHS', 'OPEN_ENDED');

-- CreateEnum
CREATE TYPE "CheckInChannel" AS ENUM ('VIDEO', 'VOICE', 'TEXT', 'IN_PERSON');

-- CreateEnum
CREATE TYPE "PersonalValue" AS ENUM ('HONESTY', 'CONSISTENCY', 'COMPASSION', 'HUMOUR', 'PRIVACY', 'FAITH', 'SOBRIETY_FIRST', 'GROWTH', 'INDEPENDENCE', 'PATIENCE', 'KINDNESS', 'COURAGE', 'CURIOSITY', 'RELIABILITY');

-- CreateEnum
CREATE TYPE "MissedCheckInResponse" AS ENUM ('NUDGE', 'SPACE', 'CALL_OUT');

-- CreateEnum
CREATE TYPE "ReplyTime" AS ENUM ('SAME_DAY', 'WITHIN_24H', 'WITHIN_48H');

-- CreateEnum
CREATE TYPE "RelationshipStyle" AS ENUM ('PEER', 'MENTOR_ME', 'MENTOR_OTHERS', 'EITHER');

-- CreateTable
CREATE TABLE "profile" (
    "memberId" TEXT NOT NULL,
    "questionnaireVersion" INTEGER NOT NULL,
    "completedSteps" INTEGER NOT NULL DEFAULT 0,
    "completedAt" TIMESTAMPTZ(3),
    "openToMatching" BOOLEAN NOT NULL DEFAULT false,
    "openToMatchingAt" TIMESTAMPTZ(3),
    "pronouns" TEXT,
    "intro" TEXT,
    "languages" TEXT[],
    "focusAreas" "FocusArea"[],
    "seriousness" INTEGER,
    "hoursPerWeek" INTEGER,
    "checkInFrequency" "CheckInFrequency",
    "intendedLength" "IntendedLength",
    "reliability" INTEGER,
    "availabilitySlots" INTEGER[],
    "channels" "CheckInChannel"[],
    "personalValues" "PersonalValue"[],
    "needsSobrietyFriendlyPartner" BOOLEAN,
    "sobrietyFriendly" BOOLEAN,
    "feedbackStyle" INTEGER,
    "missedCheckInResponse" "MissedCheckInResponse",
    "disclosurePace" INTEGER,
    "replyTime" "ReplyTime",
    "relationshipStyle" "RelationshipStyle",
    "mustShareLanguage" BOOLEAN NOT NULL DEFAULT false,
    "extras" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "profile_pkey" PRIMARY KEY ("memberId")
);

-- CreateTable
CREATE TABLE "availability_week" (
    "memberId" TEXT NOT NULL,
    "weekStart" DATE NOT NULL,
    "bits" bit(672) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "availability_week_pkey" PRIMARY KEY ("memberId","weekStart")
);

-- CreateIndex
CREATE INDEX "profile_openToMatching_completedAt_idx" ON "profile"("openToMatching", "completedAt");

-- CreateIndex
CREATE INDEX "availability_week_weekStart_idx" ON "availability_week"("weekStart");

-- AddForeignKey
ALTER TABLE "profile" ADD CONSTRAINT "profile_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "availability_week" ADD CONSTRAINT "availability_week_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Ranges the questionnaire promises, kept by the database too (added by hand, as Prisma has no CHECK syntax).
ALTER TABLE "profile" ADD CONSTRAINT "profile_completed_steps_range" CHECK ("completedSteps" BETWEEN 0 AND 6);
ALTER TABLE "profile" ADD CONSTRAINT "profile_likert_range" CHECK (
  ("seriousness" IS NULL OR "seriousness" BETWEEN 1 AND 5) AND
  ("reliability" IS NULL OR "reliability" BETWEEN 1 AND 5) AND
  ("feedbackStyle" IS NULL OR "feedbackStyle" BETWEEN 1 AND 5) AND
  ("disclosurePace" IS NULL OR "disclosurePace" BETWEEN 1 AND 5)
);
ALTER TABLE "profile" ADD CONSTRAINT "profile_hours_range" CHECK ("hoursPerWeek" IS NULL OR "hoursPerWeek" BETWEEN 1 AND 40);
ALTER TABLE "profile" ADD CONSTRAINT "profile_values_limit" CHECK (cardinality("personalValues") <= 5);
