-- AlterTable
ALTER TABLE "api_client" ADD COLUMN     "rate_window_count" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "rate_window_start" TIMESTAMPTZ(3),
ADD COLUMN     "revoke_reason" TEXT;

