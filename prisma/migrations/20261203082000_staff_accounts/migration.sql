-- AlterTable
ALTER TABLE "staff_user" ADD COLUMN     "reactivated_at" TIMESTAMPTZ(3);

