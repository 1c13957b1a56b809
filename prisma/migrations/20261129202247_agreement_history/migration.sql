-- AlterTable
ALTER TABLE "agreement_draft" ADD COLUMN     "historyUpdateId" BIGINT NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "agreement_history_entry" (
    "id" BIGSERIAL NOT NULL,
    "draftId" TEXT NOT NULL,
    "authorId" TEXT,
    "section" TEXT NOT NULL,
    "field" TEXT,
    "before" TEXT NOT NULL,
    "after" TEXT NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL,
    "endedAt" TIMESTAMPTZ(3) NOT NULL,
    "lastUpdateId" BIGINT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "agreement_history_entry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "agreement_history_entry_draftId_lastUpdateId_idx" ON "agreement_history_entry"("draftId", "lastUpdateId");

-- CreateIndex
CREATE INDEX "agreement_history_entry_authorId_idx" ON "agreement_history_entry"("authorId");

-- AddForeignKey
ALTER TABLE "agreement_history_entry" ADD CONSTRAINT "agreement_history_entry_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "agreement_draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement_history_entry" ADD CONSTRAINT "agreement_history_entry_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "member"("id") ON DELETE SET NULL ON UPDATE CASCADE;
