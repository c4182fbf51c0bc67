-- CreateEnum
CREATE TYPE "FraudCaseStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "ScoringBatchStatus" AS ENUM ('PENDING', 'RUNNING', 'DONE');

-- CreateEnum
CREATE TYPE "BacktestStatus" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'CANCELLED', 'FAILED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "FraudPattern" ADD VALUE 'VELOCITY_BURST';
ALTER TYPE "FraudPattern" ADD VALUE 'UNUSUAL_AMOUNT';
ALTER TYPE "FraudPattern" ADD VALUE 'DORMANT_REACTIVATION';
ALTER TYPE "FraudPattern" ADD VALUE 'RAPID_IN_OUT';
ALTER TYPE "FraudPattern" ADD VALUE 'FAN_OUT';
ALTER TYPE "FraudPattern" ADD VALUE 'NIGHT_RUNNING';
ALTER TYPE "FraudPattern" ADD VALUE 'LOCATION_HOP';

-- AlterTable
ALTER TABLE "transaction" ADD COLUMN     "fraud_incident" TEXT;

-- AlterTable
ALTER TABLE "fraud_rule_version" ADD COLUMN     "base_version_id" TEXT,
ADD COLUMN     "enabled" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "rejection_reason" TEXT,
ADD COLUMN     "row_version" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "severity" "AlertSeverity",
ADD COLUMN     "submitted_at" TIMESTAMPTZ(3);

-- Versions written before severity was versioned take their rule's.
UPDATE "fraud_rule_version" v SET "severity" = r."severity" FROM "fraud_rule" r WHERE r."id" = v."rule_id";
ALTER TABLE "fraud_rule_version" ALTER COLUMN "severity" SET NOT NULL;

-- No alerts were raised before this migration (nothing wrote them); any hand-made ones go.
DELETE FROM "fraud_alert";

-- AlterTable
ALTER TABLE "fraud_alert" ADD COLUMN     "amount_fen" BIGINT NOT NULL,
ADD COLUMN     "assigned_at" TIMESTAMPTZ(3),
ADD COLUMN     "case_id" TEXT,
ADD COLUMN     "characteristic" TEXT NOT NULL,
ADD COLUMN     "escalated_at" TIMESTAMPTZ(3),
ADD COLUMN     "escalated_by_id" TEXT,
ADD COLUMN     "escalation_reason" TEXT,
ADD COLUMN     "evidence" JSONB NOT NULL,
ADD COLUMN     "explanation" JSONB NOT NULL,
ADD COLUMN     "wallet_id" TEXT NOT NULL;

-- CreateTable
CREATE TABLE "fraud_case" (
    "id" TEXT NOT NULL,
    "customer_id" TEXT NOT NULL,
    "status" "FraudCaseStatus" NOT NULL DEFAULT 'OPEN',
    "title" TEXT NOT NULL,
    "opened_by_id" TEXT NOT NULL,
    "assignee_id" TEXT,
    "outcome" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closed_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "fraud_case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "alert_note" (
    "id" TEXT NOT NULL,
    "alert_id" TEXT NOT NULL,
    "author_id" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "alert_note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "scoring_cursor" (
    "name" TEXT NOT NULL,
    "last_id" BIGINT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "scoring_cursor_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "scoring_batch" (
    "id" BIGSERIAL NOT NULL,
    "from_id" BIGINT NOT NULL,
    "to_id" BIGINT NOT NULL,
    "status" "ScoringBatchStatus" NOT NULL DEFAULT 'PENDING',
    "worker_id" TEXT,
    "leased_until" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "scored" INTEGER NOT NULL DEFAULT 0,
    "alerts" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "scoring_batch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "fraud_backtest" (
    "id" TEXT NOT NULL,
    "rule_version_id" TEXT NOT NULL,
    "baseline_version_id" TEXT,
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

    CONSTRAINT "fraud_backtest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_client" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "key_id" TEXT NOT NULL,
    "secret_hash" TEXT NOT NULL,
    "rate_limit_per_minute" INTEGER NOT NULL DEFAULT 600,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMPTZ(3),
    "last_used_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "api_client_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "decision_request" (
    "client_id" TEXT NOT NULL,
    "idempotency_key" TEXT NOT NULL,
    "nonce" TEXT NOT NULL,
    "body_hash" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "response" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "decision_request_pkey" PRIMARY KEY ("client_id","idempotency_key")
);

-- CreateIndex
CREATE INDEX "fraud_case_customer_id_status_idx" ON "fraud_case"("customer_id", "status");

-- CreateIndex
CREATE INDEX "alert_note_alert_id_created_at_idx" ON "alert_note"("alert_id", "created_at");

-- CreateIndex
CREATE INDEX "scoring_batch_status_id_idx" ON "scoring_batch"("status", "id");

-- CreateIndex
CREATE INDEX "fraud_backtest_rule_version_id_created_at_idx" ON "fraud_backtest"("rule_version_id", "created_at");

-- CreateIndex
CREATE INDEX "fraud_backtest_status_created_at_idx" ON "fraud_backtest"("status", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "api_client_key_id_key" ON "api_client"("key_id");

-- CreateIndex
CREATE INDEX "decision_request_client_id_created_at_idx" ON "decision_request"("client_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "decision_request_client_id_nonce_key" ON "decision_request"("client_id", "nonce");

-- CreateIndex
CREATE INDEX "fraud_rule_version_rule_id_status_idx" ON "fraud_rule_version"("rule_id", "status");

-- CreateIndex
CREATE INDEX "fraud_alert_status_created_at_id_idx" ON "fraud_alert"("status", "created_at", "id");

-- CreateIndex
CREATE INDEX "fraud_alert_case_id_idx" ON "fraud_alert"("case_id");

-- CreateIndex
CREATE INDEX "fraud_alert_created_at_id_idx" ON "fraud_alert"("created_at", "id");

-- AddForeignKey
ALTER TABLE "fraud_alert" ADD CONSTRAINT "fraud_alert_escalated_by_id_fkey" FOREIGN KEY ("escalated_by_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fraud_alert" ADD CONSTRAINT "fraud_alert_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "fraud_case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fraud_case" ADD CONSTRAINT "fraud_case_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fraud_case" ADD CONSTRAINT "fraud_case_opened_by_id_fkey" FOREIGN KEY ("opened_by_id") REFERENCES "staff_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fraud_case" ADD CONSTRAINT "fraud_case_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alert_note" ADD CONSTRAINT "alert_note_alert_id_fkey" FOREIGN KEY ("alert_id") REFERENCES "fraud_alert"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alert_note" ADD CONSTRAINT "alert_note_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "staff_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fraud_backtest" ADD CONSTRAINT "fraud_backtest_rule_version_id_fkey" FOREIGN KEY ("rule_version_id") REFERENCES "fraud_rule_version"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fraud_backtest" ADD CONSTRAINT "fraud_backtest_requested_by_id_fkey" FOREIGN KEY ("requested_by_id") REFERENCES "staff_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_client" ADD CONSTRAINT "api_client_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "staff_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "decision_request" ADD CONSTRAINT "decision_request_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "api_client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

