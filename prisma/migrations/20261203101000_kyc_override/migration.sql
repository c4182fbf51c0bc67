-- AlterTable
ALTER TABLE "kyc_submission" ADD COLUMN     "override_code" TEXT,
ADD COLUMN     "override_reason" TEXT;
