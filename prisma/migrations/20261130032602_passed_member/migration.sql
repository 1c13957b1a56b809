-- CreateTable
CREATE TABLE "passed_member" (
    "memberId" TEXT NOT NULL,
    "passedId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "passed_member_pkey" PRIMARY KEY ("memberId","passedId")
);

-- CreateIndex
CREATE INDEX "passed_member_passedId_idx" ON "passed_member"("passedId");

-- AddForeignKey
ALTER TABLE "passed_member" ADD CONSTRAINT "passed_member_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "passed_member" ADD CONSTRAINT "passed_member_passedId_fkey" FOREIGN KEY ("passedId") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE CASCADE;
