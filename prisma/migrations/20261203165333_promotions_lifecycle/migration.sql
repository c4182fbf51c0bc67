-- CreateEnum
CREATE TYPE "BonusTrigger" AS ENUM ('WALLET_ACTIVATION', 'CARD_LINK', 'FIRST_PAYMENT');

-- CreateEnum
CREATE TYPE "PromotionVersionStatus" AS ENUM ('DRAFT', 'PENDING_APPROVAL', 'APPROVED', 'REJECTED', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "RewardSource" AS ENUM ('PAYMENT', 'WALLET_ACTIVATION', 'CARD_LINK', 'FIRST_PAYMENT');

-- CreateEnum
CREATE TYPE "RewardStatus" AS ENUM ('PAID', 'HELD', 'CLAWED_BACK', 'FORFEITED');

-- AlterEnum
ALTER TYPE "TransactionType" ADD VALUE 'CASHBACK_CLAWBACK';

-- DropForeignKey
ALTER TABLE "promotion" DROP CONSTRAINT "promotion_approved_by_id_fkey";

-- DropForeignKey
ALTER TABLE "promotion_reward" DROP CONSTRAINT "promotion_reward_transaction_id_fkey";

-- DropIndex
DROP INDEX "promotion_reward_promotion_id_transaction_id_key";

-- AlterTable
ALTER TABLE "wallet" ADD COLUMN     "points_balance" BIGINT NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "transaction" ADD COLUMN     "original_transaction_id" BIGINT;

-- AlterTable: the parameters move into one JSON document (PromotionParams, lib/promotions/params.ts),
-- written from the old columns for promotions that already exist.
ALTER TABLE "promotion" ADD COLUMN     "ended_at" TIMESTAMPTZ(3),
ADD COLUMN     "ended_by_id" TEXT,
ADD COLUMN     "guard_finding" JSONB,
ADD COLUMN     "live_version_id" TEXT,
ADD COLUMN     "params" JSONB,
ADD COLUMN     "pause_note" TEXT,
ADD COLUMN     "pause_reason" TEXT,
ADD COLUMN     "paused_at" TIMESTAMPTZ(3),
ADD COLUMN     "paused_by_id" TEXT,
ADD COLUMN     "priority" INTEGER NOT NULL DEFAULT 100;

UPDATE "promotion" SET "params" = jsonb_build_object(
  'name', "name",
  'description', "description",
  'type', "type"::text,
  'percentBps', CASE WHEN "type" = 'CASHBACK_PERCENT' THEN "value" END,
  'perTransactionCapFen', CASE WHEN "type" = 'CASHBACK_PERCENT' THEN 5000 END,
  'thresholdFen', CASE WHEN "type" = 'CASHBACK_FIXED' THEN COALESCE("min_amount_fen", 0) END,
  'rewardFen', CASE WHEN "type" IN ('CASHBACK_FIXED', 'SIGNUP_BONUS') THEN "value" END,
  'multiplierX100', CASE WHEN "type" = 'POINTS_MULTIPLIER' THEN "value" END,
  'bonusTrigger', CASE WHEN "type" = 'SIGNUP_BONUS' THEN 'WALLET_ACTIVATION' END,
  'channels', to_jsonb("channels"::text[]),
  'mccs', to_jsonb("mccs"),
  'minAmountFen', CASE WHEN "type" = 'CASHBACK_FIXED' THEN NULL ELSE "min_amount_fen" END,
  'tiers', to_jsonb("tiers"),
  'provinces', to_jsonb("provinces"),
  'newCustomerDays', CASE WHEN "new_customers_only" THEN 30 END,
  'maxRewardsPerCustomer', NULL,
  'maxRewardsPerCustomerPerDay', NULL,
  'budgetFen', "budget_fen",
  'perCustomerBudgetFen', "per_customer_cap_fen",
  'startsAt', to_char("starts_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  'endsAt', to_char("ends_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  'priority', 100,
  'stackable', false,
  'fraudShareLimitPercent', 10
);
ALTER TABLE "promotion" ALTER COLUMN "params" SET NOT NULL;

-- No reward was ever paid before this migration (nothing wrote them); the table restarts empty.
DELETE FROM "promotion_reward";

-- AlterTable
ALTER TABLE "promotion_reward" ADD COLUMN     "clawed_back_fen" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "clawed_back_points" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "cost_fen" BIGINT NOT NULL,
ADD COLUMN     "credit_transaction_id" BIGINT,
ADD COLUMN     "day" DATE NOT NULL,
ADD COLUMN     "hold_links" JSONB,
ADD COLUMN     "review_note" TEXT,
ADD COLUMN     "reviewed_at" TIMESTAMPTZ(3),
ADD COLUMN     "reviewed_by_id" TEXT,
ADD COLUMN     "source" "RewardSource" NOT NULL,
ADD COLUMN     "source_key" TEXT NOT NULL,
ADD COLUMN     "status" "RewardStatus" NOT NULL DEFAULT 'PAID',
ADD COLUMN     "version_id" TEXT NOT NULL,
ADD COLUMN     "wallet_id" TEXT NOT NULL,
ALTER COLUMN "transaction_id" DROP NOT NULL;

-- CreateTable
CREATE TABLE "promotion_version" (
    "id" TEXT NOT NULL,
    "promotion_id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "params" JSONB NOT NULL,
    "status" "PromotionVersionStatus" NOT NULL DEFAULT 'DRAFT',
    "base_version_id" TEXT,
    "author_id" TEXT NOT NULL,
    "note" TEXT,
    "submitted_at" TIMESTAMPTZ(3),
    "decided_by_id" TEXT,
    "decided_at" TIMESTAMPTZ(3),
    "rejection_reason" TEXT,
    "row_version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "promotion_version_pkey" PRIMARY KEY ("id")
);

-- Each existing promotion gets its parameters as version 1, approved if it had been.
INSERT INTO "promotion_version" ("id", "promotion_id", "number", "params", "status", "author_id", "submitted_at",
  "decided_by_id", "decided_at", "rejection_reason", "created_at", "updated_at")
SELECT 'pv_' || p."id", p."id", 1, p."params",
  CASE WHEN p."status" IN ('SCHEDULED', 'ACTIVE', 'PAUSED', 'ENDED') THEN 'APPROVED'::"PromotionVersionStatus"
       WHEN p."status" = 'PENDING_APPROVAL' THEN 'PENDING_APPROVAL'::"PromotionVersionStatus"
       WHEN p."status" = 'REJECTED' THEN 'REJECTED'::"PromotionVersionStatus"
       ELSE 'DRAFT'::"PromotionVersionStatus" END,
  COALESCE(p."created_by_id", (SELECT s."id" FROM "staff_user" s ORDER BY s."created_at" LIMIT 1)),
  CASE WHEN p."status" <> 'DRAFT' THEN p."created_at" END,
  p."approved_by_id", p."approved_at", p."rejection_reason", p."created_at", p."updated_at"
FROM "promotion" p;
UPDATE "promotion" p SET "live_version_id" = 'pv_' || p."id" WHERE p."status" IN ('SCHEDULED', 'ACTIVE', 'PAUSED', 'ENDED');

ALTER TABLE "promotion" DROP COLUMN "approved_at",
DROP COLUMN "approved_by_id",
DROP COLUMN "channels",
DROP COLUMN "description",
DROP COLUMN "mccs",
DROP COLUMN "min_amount_fen",
DROP COLUMN "new_customers_only",
DROP COLUMN "per_customer_cap_fen",
DROP COLUMN "provinces",
DROP COLUMN "rejection_reason",
DROP COLUMN "tiers",
DROP COLUMN "value";

-- CreateTable
CREATE TABLE "promotion_simulation" (
    "id" TEXT NOT NULL,
    "promotion_id" TEXT NOT NULL,
    "version_id" TEXT NOT NULL,
    "from_day" DATE NOT NULL,
    "to_day" DATE NOT NULL,
    "status" "BacktestStatus" NOT NULL DEFAULT 'QUEUED',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL DEFAULT 0,
    "result" JSONB,
    "error" TEXT,
    "cancel_requested" BOOLEAN NOT NULL DEFAULT false,
    "requested_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),
    "heartbeat_at" TIMESTAMPTZ(3),

    CONSTRAINT "promotion_simulation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "promotion_clawback" (
    "reward_id" TEXT NOT NULL,
    "refund_transaction_id" BIGINT NOT NULL,
    "amount_fen" BIGINT NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "debit_transaction_id" BIGINT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "promotion_clawback_pkey" PRIMARY KEY ("reward_id","refund_transaction_id")
);

-- CreateIndex
CREATE INDEX "promotion_version_promotion_id_status_idx" ON "promotion_version"("promotion_id", "status");

-- CreateIndex
CREATE INDEX "promotion_version_status_submitted_at_idx" ON "promotion_version"("status", "submitted_at");

-- CreateIndex
CREATE UNIQUE INDEX "promotion_version_promotion_id_number_key" ON "promotion_version"("promotion_id", "number");

-- CreateIndex
CREATE INDEX "promotion_simulation_version_id_created_at_idx" ON "promotion_simulation"("version_id", "created_at");

-- CreateIndex
CREATE INDEX "promotion_simulation_status_created_at_idx" ON "promotion_simulation"("status", "created_at");

-- CreateIndex
CREATE INDEX "wallet_activated_at_idx" ON "wallet"("activated_at");

-- CreateIndex
CREATE INDEX "bank_card_linked_at_idx" ON "bank_card"("linked_at");

-- CreateIndex
CREATE INDEX "transaction_original_transaction_id_idx" ON "transaction"("original_transaction_id");

-- CreateIndex
CREATE UNIQUE INDEX "promotion_live_version_id_key" ON "promotion"("live_version_id");

-- CreateIndex
CREATE INDEX "promotion_created_at_id_idx" ON "promotion"("created_at", "id");

-- CreateIndex
CREATE UNIQUE INDEX "promotion_reward_credit_transaction_id_key" ON "promotion_reward"("credit_transaction_id");

-- CreateIndex
CREATE INDEX "promotion_reward_promotion_id_customer_id_day_idx" ON "promotion_reward"("promotion_id", "customer_id", "day");

-- CreateIndex
CREATE INDEX "promotion_reward_promotion_id_status_idx" ON "promotion_reward"("promotion_id", "status");

-- CreateIndex
CREATE INDEX "promotion_reward_transaction_id_idx" ON "promotion_reward"("transaction_id");

-- CreateIndex
CREATE UNIQUE INDEX "promotion_reward_promotion_id_source_key_key" ON "promotion_reward"("promotion_id", "source_key");

-- AddForeignKey
ALTER TABLE "promotion" ADD CONSTRAINT "promotion_paused_by_id_fkey" FOREIGN KEY ("paused_by_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "promotion" ADD CONSTRAINT "promotion_ended_by_id_fkey" FOREIGN KEY ("ended_by_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "promotion" ADD CONSTRAINT "promotion_live_version_id_fkey" FOREIGN KEY ("live_version_id") REFERENCES "promotion_version"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "promotion_version" ADD CONSTRAINT "promotion_version_promotion_id_fkey" FOREIGN KEY ("promotion_id") REFERENCES "promotion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "promotion_version" ADD CONSTRAINT "promotion_version_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "staff_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "promotion_version" ADD CONSTRAINT "promotion_version_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "promotion_simulation" ADD CONSTRAINT "promotion_simulation_promotion_id_fkey" FOREIGN KEY ("promotion_id") REFERENCES "promotion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "promotion_simulation" ADD CONSTRAINT "promotion_simulation_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "promotion_version"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "promotion_simulation" ADD CONSTRAINT "promotion_simulation_requested_by_id_fkey" FOREIGN KEY ("requested_by_id") REFERENCES "staff_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "promotion_reward" ADD CONSTRAINT "promotion_reward_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "promotion_version"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "promotion_reward" ADD CONSTRAINT "promotion_reward_transaction_id_fkey" FOREIGN KEY ("transaction_id") REFERENCES "transaction"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "promotion_reward" ADD CONSTRAINT "promotion_reward_reviewed_by_id_fkey" FOREIGN KEY ("reviewed_by_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "promotion_clawback" ADD CONSTRAINT "promotion_clawback_reward_id_fkey" FOREIGN KEY ("reward_id") REFERENCES "promotion_reward"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- The budget is never overspent, whatever a writer does: the rewards code keeps it so under the row lock,
-- and the database refuses a row that says otherwise.
ALTER TABLE "promotion" ADD CONSTRAINT "promotion_spent_within_budget" CHECK ("spent_fen" >= 0 AND "spent_fen" <= "budget_fen");
