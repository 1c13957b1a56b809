-- AlterEnum
ALTER TYPE "NotificationType" ADD VALUE 'CHECK_IN_EARLY_WARNING';

-- AlterEnum
ALTER TYPE "CheckInNoticeKind" ADD VALUE 'EARLY_WARNING';
