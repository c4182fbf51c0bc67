-- AlterTable
ALTER TABLE "wallet" ADD COLUMN     "freeze_reason_code" TEXT;

