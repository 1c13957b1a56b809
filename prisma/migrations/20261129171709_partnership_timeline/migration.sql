-- AlterEnum (PostgreSQL 12+ adds several values in one transaction, as long as none is used in it)
ALTER TYPE "PartnershipEventType" ADD VALUE 'ACTIVATED';
ALTER TYPE "PartnershipEventType" ADD VALUE 'PAUSED';
ALTER TYPE "PartnershipEventType" ADD VALUE 'RESUMED';
ALTER TYPE "PartnershipEventType" ADD VALUE 'ENDED';

-- AlterTable
ALTER TABLE "partnership_event" ADD COLUMN     "data" JSONB NOT NULL DEFAULT '{}';

-- Existing CREATED events record the request that created their partnership, as new ones do.
UPDATE "partnership_event" e SET "data" = jsonb_build_object('requestId', p."requestId")
FROM "partnership" p
WHERE e."partnershipId" = p."id" AND e."type" = 'CREATED' AND p."requestId" IS NOT NULL;
