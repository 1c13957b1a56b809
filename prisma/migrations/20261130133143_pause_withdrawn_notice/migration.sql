-- AlterEnum
ALTER TYPE "NotificationType" ADD VALUE 'PAUSE_WITHDRAWN';
