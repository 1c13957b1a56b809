-- CreateTable
CREATE TABLE "ended_session" (
    "id" VARCHAR(64) NOT NULL,
    "memberId" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ended_session_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ended_session_memberId_idx" ON "ended_session"("memberId");

-- CreateIndex
CREATE INDEX "ended_session_expiresAt_idx" ON "ended_session"("expiresAt");

-- AddForeignKey
ALTER TABLE "ended_session" ADD CONSTRAINT "ended_session_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE CASCADE;
