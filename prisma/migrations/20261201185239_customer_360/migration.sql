-- DropIndex
DROP INDEX "customer_phone_idx";

-- DropIndex
DROP INDEX "customer_id_number_idx";

-- DropIndex
DROP INDEX "customer_name_pinyin_idx";

-- DropIndex
DROP INDEX "customer_name_idx";

-- DropIndex
DROP INDEX "transaction_type_created_at_idx";

-- AlterTable
-- Existing customers get their key from the spaced pinyin they already have; then it is required.
ALTER TABLE "customer" ADD COLUMN     "pinyin_key" TEXT;
UPDATE "customer" SET "pinyin_key" = replace("name_pinyin", ' ', '');
ALTER TABLE "customer" ALTER COLUMN "pinyin_key" SET NOT NULL;

-- AlterTable
ALTER TABLE "wallet" ADD COLUMN     "close_reason" TEXT,
ADD COLUMN     "closed_by_id" TEXT;

-- CreateTable
CREATE TABLE "customer_note" (
    "id" TEXT NOT NULL,
    "customer_id" TEXT NOT NULL,
    "author_id" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "customer_note_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "customer_note_customer_id_created_at_idx" ON "customer_note"("customer_id", "created_at");

-- CreateIndex
CREATE INDEX "customer_phone_idx" ON "customer"("phone" text_pattern_ops);

-- CreateIndex
CREATE INDEX "customer_id_number_idx" ON "customer"("id_number" text_pattern_ops);

-- CreateIndex
CREATE INDEX "customer_pinyin_key_idx" ON "customer"("pinyin_key" text_pattern_ops);

-- CreateIndex
CREATE INDEX "customer_name_idx" ON "customer"("name" text_pattern_ops);

-- CreateIndex
CREATE INDEX "customer_email_idx" ON "customer"("email" text_pattern_ops);

-- CreateIndex
CREATE INDEX "transaction_type_created_at_id_idx" ON "transaction"("type", "created_at", "id");

-- AddForeignKey
ALTER TABLE "wallet" ADD CONSTRAINT "wallet_closed_by_id_fkey" FOREIGN KEY ("closed_by_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "customer_note" ADD CONSTRAINT "customer_note_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "customer_note" ADD CONSTRAINT "customer_note_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "staff_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

