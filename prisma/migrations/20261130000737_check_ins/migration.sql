-- AlterEnum
ALTER TYPE "PartnershipEventType" ADD VALUE 'CHECK_IN_LOGGED';

-- CreateTable
CREATE TABLE "check_in" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "occurrenceStart" TIMESTAMPTZ(3) NOT NULL,
    "happenedAt" TIMESTAMPTZ(3) NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "channel" "CheckInChannel" NOT NULL,
    "loggedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "check_in_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "check_in_answer" (
    "id" TEXT NOT NULL,
    "checkInId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "answers" JSONB NOT NULL,
    "mood" INTEGER NOT NULL,
    "energy" INTEGER NOT NULL,
    "moodPrivate" BOOLEAN NOT NULL DEFAULT false,
    "win" VARCHAR(1000) NOT NULL,
    "winPrivate" BOOLEAN NOT NULL DEFAULT false,
    "nextCommitment" VARCHAR(500) NOT NULL,
    "nextCommitmentPrivate" BOOLEAN NOT NULL DEFAULT false,
    "commitmentsDone" INTEGER[],
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "check_in_answer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "check_in_loggedById_idx" ON "check_in"("loggedById");

-- CreateIndex
CREATE UNIQUE INDEX "check_in_partnershipId_occurrenceStart_key" ON "check_in"("partnershipId", "occurrenceStart");

-- CreateIndex
CREATE INDEX "check_in_answer_memberId_idx" ON "check_in_answer"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "check_in_answer_checkInId_memberId_key" ON "check_in_answer"("checkInId", "memberId");

-- AddForeignKey
ALTER TABLE "check_in" ADD CONSTRAINT "check_in_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "check_in" ADD CONSTRAINT "check_in_loggedById_fkey" FOREIGN KEY ("loggedById") REFERENCES "member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "check_in_answer" ADD CONSTRAINT "check_in_answer_checkInId_fkey" FOREIGN KEY ("checkInId") REFERENCES "check_in"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "check_in_answer" ADD CONSTRAINT "check_in_answer_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The service checks these first with clear messages, and the database refuses anything that slips by.
ALTER TABLE "check_in" ADD CONSTRAINT "check_in_duration_range" CHECK ("durationMinutes" BETWEEN 5 AND 240);
ALTER TABLE "check_in_answer" ADD CONSTRAINT "check_in_answer_mood_range" CHECK ("mood" BETWEEN 1 AND 5);
ALTER TABLE "check_in_answer" ADD CONSTRAINT "check_in_answer_energy_range" CHECK ("energy" BETWEEN 1 AND 5);
