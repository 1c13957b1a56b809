-- AlterEnum
ALTER TYPE "AgreementWithdrawnReason" ADD VALUE 'PARTNERSHIP_ENDED';
