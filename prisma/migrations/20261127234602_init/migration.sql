-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'COMPLIANCE_OFFICER', 'COMPLIANCE_LEAD', 'MARKETING', 'MANAGER', 'AUDITOR');

-- CreateEnum
CREATE TYPE "RiskLevel" AS ENUM ('LOW', 'MEDIUM', 'HIGH');

-- CreateEnum
CREATE TYPE "WalletStatus" AS ENUM ('PENDING_KYC', 'ACTIVE', 'FROZEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "KycStatus" AS ENUM ('PENDING', 'IN_REVIEW', 'NEEDS_INFO', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "KycDocumentKind" AS ENUM ('ID_FRONT', 'ID_BACK', 'SELFIE', 'BANK_CARD');

-- CreateEnum
CREATE TYPE "CardType" AS ENUM ('DEBIT', 'CREDIT');

-- CreateEnum
CREATE TYPE "CardStatus" AS ENUM ('ACTIVE', 'BLOCKED', 'REMOVED');

-- CreateEnum
CREATE TYPE "TransactionType" AS ENUM ('TOP_UP', 'PAYMENT', 'TRANSFER_OUT', 'TRANSFER_IN', 'WITHDRAWAL', 'REFUND', 'CASHBACK');

-- CreateEnum
CREATE TYPE "TransactionChannel" AS ENUM ('APP', 'QR', 'NFC', 'ONLINE', 'BANK_TRANSFER');

-- CreateEnum
CREATE TYPE "TransactionStatus" AS ENUM ('PENDING', 'SUCCEEDED', 'FAILED', 'REVERSED');

-- CreateEnum
CREATE TYPE "FraudPattern" AS ENUM ('ACCOUNT_TAKEOVER', 'CARD_TESTING', 'STRUCTURING', 'MULE_RING');

-- CreateEnum
CREATE TYPE "AlertSeverity" AS ENUM ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL');

-- CreateEnum
CREATE TYPE "AlertStatus" AS ENUM ('OPEN', 'INVESTIGATING', 'ESCALATED', 'FALSE_POSITIVE', 'CONFIRMED');

-- CreateEnum
CREATE TYPE "RuleVersionStatus" AS ENUM ('DRAFT', 'PENDING_APPROVAL', 'ACTIVE', 'RETIRED', 'REJECTED');

-- CreateEnum
CREATE TYPE "PromotionType" AS ENUM ('CASHBACK_PERCENT', 'CASHBACK_FIXED', 'POINTS_MULTIPLIER', 'SIGNUP_BONUS');

-- CreateEnum
CREATE TYPE "PromotionStatus" AS ENUM ('DRAFT', 'PENDING_APPROVAL', 'SCHEDULED', 'ACTIVE', 'PAUSED', 'ENDED', 'REJECTED');

-- CreateEnum
CREATE TYPE "WatchlistKind" AS ENUM ('SANCTIONS', 'PEP');

-- CreateEnum
CREATE TYPE "AuditOutcome" AS ENUM ('SUCCESS', 'FAILURE');

-- CreateTable
CREATE TABLE "customer" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "name_pinyin" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "email" TEXT,
    "id_number" TEXT NOT NULL,
    "birth_date" DATE NOT NULL,
    "gender" CHAR(1) NOT NULL,
    "province" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "risk_level" "RiskLevel" NOT NULL DEFAULT 'LOW',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "customer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "wallet" (
    "id" TEXT NOT NULL,
    "customer_id" TEXT NOT NULL,
    "status" "WalletStatus" NOT NULL DEFAULT 'PENDING_KYC',
    "tier" SMALLINT NOT NULL DEFAULT 1,
    "balance_fen" BIGINT NOT NULL DEFAULT 0,
    "single_limit_fen" BIGINT NOT NULL,
    "daily_limit_fen" BIGINT NOT NULL,
    "annual_limit_fen" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "activated_at" TIMESTAMPTZ(3),
    "frozen_at" TIMESTAMPTZ(3),
    "frozen_by_id" TEXT,
    "freeze_reason" TEXT,
    "closed_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "wallet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "kyc_submission" (
    "id" TEXT NOT NULL,
    "customer_id" TEXT NOT NULL,
    "tier_requested" SMALLINT NOT NULL,
    "status" "KycStatus" NOT NULL DEFAULT 'PENDING',
    "entered_data" JSONB NOT NULL,
    "document_data" JSONB NOT NULL,
    "check_results" JSONB NOT NULL DEFAULT '[]',
    "risk_score" SMALLINT NOT NULL DEFAULT 0,
    "risk_level" "RiskLevel" NOT NULL DEFAULT 'LOW',
    "id_number" TEXT NOT NULL,
    "province" TEXT NOT NULL,
    "assignee_id" TEXT,
    "assigned_at" TIMESTAMPTZ(3),
    "submitted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "reason_code" TEXT,
    "decision_note" TEXT,
    "info_request" JSONB,
    "decided_by_id" TEXT,
    "decided_at" TIMESTAMPTZ(3),
    "approval_pending" BOOLEAN NOT NULL DEFAULT false,
    "checker_id" TEXT,
    "checked_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "kyc_submission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "kyc_document" (
    "id" TEXT NOT NULL,
    "submission_id" TEXT NOT NULL,
    "kind" "KycDocumentKind" NOT NULL,
    "mime_type" TEXT NOT NULL,
    "content_encoding" TEXT,
    "content" BYTEA NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "kyc_document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "kyc_note" (
    "id" TEXT NOT NULL,
    "submission_id" TEXT NOT NULL,
    "author_id" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "kyc_note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "watchlist_entry" (
    "id" TEXT NOT NULL,
    "kind" "WatchlistKind" NOT NULL,
    "name" TEXT NOT NULL,
    "name_pinyin" TEXT NOT NULL,
    "birth_date" DATE,
    "country" CHAR(2) NOT NULL,
    "source" TEXT NOT NULL,
    "note" TEXT,

    CONSTRAINT "watchlist_entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "card_bin" (
    "bin" VARCHAR(8) NOT NULL,
    "bank_name" TEXT NOT NULL,
    "bank_code" TEXT NOT NULL,
    "card_type" "CardType" NOT NULL,

    CONSTRAINT "card_bin_pkey" PRIMARY KEY ("bin")
);

-- CreateTable
CREATE TABLE "bank_card" (
    "id" TEXT NOT NULL,
    "wallet_id" TEXT NOT NULL,
    "bank_name" TEXT NOT NULL,
    "bin" VARCHAR(8) NOT NULL,
    "last4" CHAR(4) NOT NULL,
    "card_type" "CardType" NOT NULL,
    "holder_name" TEXT NOT NULL,
    "status" "CardStatus" NOT NULL DEFAULT 'ACTIVE',
    "linked_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "bank_card_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "transaction" (
    "id" BIGSERIAL NOT NULL,
    "wallet_id" TEXT NOT NULL,
    "type" "TransactionType" NOT NULL,
    "status" "TransactionStatus" NOT NULL,
    "amount_fen" BIGINT NOT NULL,
    "currency" CHAR(3) NOT NULL DEFAULT 'CNY',
    "original_amount_minor" BIGINT,
    "fx_rate" DECIMAL(12,6),
    "channel" "TransactionChannel" NOT NULL,
    "merchant_name" TEXT,
    "mcc" CHAR(4),
    "counterparty_wallet_id" TEXT,
    "counterparty_name" TEXT,
    "card_id" TEXT,
    "country" CHAR(2) NOT NULL DEFAULT 'CN',
    "cross_border" BOOLEAN NOT NULL DEFAULT false,
    "device_id" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "fraud_pattern" "FraudPattern",
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "transaction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "transaction_daily_rollup" (
    "day" DATE NOT NULL,
    "type" "TransactionType" NOT NULL,
    "channel" "TransactionChannel" NOT NULL,
    "status" "TransactionStatus" NOT NULL,
    "cross_border" BOOLEAN NOT NULL,
    "count" INTEGER NOT NULL,
    "amount_fen" BIGINT NOT NULL,

    CONSTRAINT "transaction_daily_rollup_pkey" PRIMARY KEY ("day","type","channel","status","cross_border")
);

-- CreateTable
CREATE TABLE "fraud_rule" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "severity" "AlertSeverity" NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "fraud_rule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "fraud_rule_version" (
    "id" TEXT NOT NULL,
    "rule_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "params" JSONB NOT NULL,
    "status" "RuleVersionStatus" NOT NULL,
    "note" TEXT,
    "created_by_id" TEXT,
    "approved_by_id" TEXT,
    "approved_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "fraud_rule_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "fraud_alert" (
    "id" TEXT NOT NULL,
    "rule_id" TEXT NOT NULL,
    "rule_version_id" TEXT NOT NULL,
    "transaction_id" BIGINT NOT NULL,
    "customer_id" TEXT NOT NULL,
    "score" SMALLINT NOT NULL,
    "severity" "AlertSeverity" NOT NULL,
    "status" "AlertStatus" NOT NULL DEFAULT 'OPEN',
    "assignee_id" TEXT,
    "resolution" TEXT,
    "resolution_note" TEXT,
    "resolved_by_id" TEXT,
    "resolved_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "fraud_alert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "promotion" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "type" "PromotionType" NOT NULL,
    "value" BIGINT NOT NULL,
    "channels" "TransactionChannel"[],
    "mccs" TEXT[],
    "min_amount_fen" BIGINT,
    "tiers" INTEGER[],
    "provinces" TEXT[],
    "new_customers_only" BOOLEAN NOT NULL DEFAULT false,
    "budget_fen" BIGINT NOT NULL,
    "spent_fen" BIGINT NOT NULL DEFAULT 0,
    "per_customer_cap_fen" BIGINT,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "status" "PromotionStatus" NOT NULL DEFAULT 'DRAFT',
    "created_by_id" TEXT,
    "approved_by_id" TEXT,
    "approved_at" TIMESTAMPTZ(3),
    "rejection_reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "promotion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "promotion_reward" (
    "id" TEXT NOT NULL,
    "promotion_id" TEXT NOT NULL,
    "transaction_id" BIGINT NOT NULL,
    "customer_id" TEXT NOT NULL,
    "amount_fen" BIGINT NOT NULL DEFAULT 0,
    "points" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "promotion_reward_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "staff_user" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "roles" "Role"[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "totp_secret" TEXT,
    "totp_enabled_at" TIMESTAMPTZ(3),
    "failed_attempts" INTEGER NOT NULL DEFAULT 0,
    "locked_until" TIMESTAMPTZ(3),
    "must_change_password" BOOLEAN NOT NULL DEFAULT false,
    "session_version" INTEGER NOT NULL DEFAULT 0,
    "last_sign_in_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "staff_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_event" (
    "id" BIGSERIAL NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" TEXT,
    "actor_email" TEXT,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT,
    "before" JSONB,
    "after" JSONB,
    "reason" TEXT,
    "ip" TEXT,
    "user_agent" TEXT,
    "outcome" "AuditOutcome" NOT NULL DEFAULT 'SUCCESS',
    "prev_hash" CHAR(64) NOT NULL,
    "hash" CHAR(64) NOT NULL,

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "customer_phone_idx" ON "customer"("phone");

-- CreateIndex
CREATE INDEX "customer_id_number_idx" ON "customer"("id_number");

-- CreateIndex
CREATE INDEX "customer_name_pinyin_idx" ON "customer"("name_pinyin");

-- CreateIndex
CREATE INDEX "customer_name_idx" ON "customer"("name");

-- CreateIndex
CREATE INDEX "customer_province_idx" ON "customer"("province");

-- CreateIndex
CREATE INDEX "customer_created_at_idx" ON "customer"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "wallet_customer_id_key" ON "wallet"("customer_id");

-- CreateIndex
CREATE INDEX "wallet_status_idx" ON "wallet"("status");

-- CreateIndex
CREATE INDEX "kyc_submission_status_submitted_at_id_idx" ON "kyc_submission"("status", "submitted_at", "id");

-- CreateIndex
CREATE INDEX "kyc_submission_status_risk_level_submitted_at_idx" ON "kyc_submission"("status", "risk_level", "submitted_at");

-- CreateIndex
CREATE INDEX "kyc_submission_status_due_at_idx" ON "kyc_submission"("status", "due_at");

-- CreateIndex
CREATE INDEX "kyc_submission_assignee_id_status_idx" ON "kyc_submission"("assignee_id", "status");

-- CreateIndex
CREATE INDEX "kyc_submission_id_number_idx" ON "kyc_submission"("id_number");

-- CreateIndex
CREATE INDEX "kyc_submission_customer_id_idx" ON "kyc_submission"("customer_id");

-- CreateIndex
CREATE UNIQUE INDEX "kyc_document_submission_id_kind_key" ON "kyc_document"("submission_id", "kind");

-- CreateIndex
CREATE INDEX "kyc_note_submission_id_created_at_idx" ON "kyc_note"("submission_id", "created_at");

-- CreateIndex
CREATE INDEX "watchlist_entry_name_pinyin_idx" ON "watchlist_entry"("name_pinyin");

-- CreateIndex
CREATE INDEX "bank_card_wallet_id_idx" ON "bank_card"("wallet_id");

-- CreateIndex
CREATE INDEX "bank_card_bin_last4_idx" ON "bank_card"("bin", "last4");

-- CreateIndex
CREATE INDEX "transaction_created_at_id_idx" ON "transaction"("created_at", "id");

-- CreateIndex
CREATE INDEX "transaction_wallet_id_created_at_id_idx" ON "transaction"("wallet_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "transaction_type_created_at_idx" ON "transaction"("type", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "fraud_rule_code_key" ON "fraud_rule"("code");

-- CreateIndex
CREATE UNIQUE INDEX "fraud_rule_version_rule_id_version_key" ON "fraud_rule_version"("rule_id", "version");

-- CreateIndex
CREATE INDEX "fraud_alert_status_severity_created_at_idx" ON "fraud_alert"("status", "severity", "created_at");

-- CreateIndex
CREATE INDEX "fraud_alert_customer_id_created_at_idx" ON "fraud_alert"("customer_id", "created_at");

-- CreateIndex
CREATE INDEX "fraud_alert_assignee_id_status_idx" ON "fraud_alert"("assignee_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "fraud_alert_rule_id_transaction_id_key" ON "fraud_alert"("rule_id", "transaction_id");

-- CreateIndex
CREATE INDEX "promotion_status_starts_at_idx" ON "promotion"("status", "starts_at");

-- CreateIndex
CREATE INDEX "promotion_reward_customer_id_created_at_idx" ON "promotion_reward"("customer_id", "created_at");

-- CreateIndex
CREATE INDEX "promotion_reward_promotion_id_created_at_idx" ON "promotion_reward"("promotion_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "promotion_reward_promotion_id_transaction_id_key" ON "promotion_reward"("promotion_id", "transaction_id");

-- CreateIndex
CREATE UNIQUE INDEX "staff_user_email_key" ON "staff_user"("email");

-- CreateIndex
CREATE UNIQUE INDEX "audit_event_hash_key" ON "audit_event"("hash");

-- CreateIndex
CREATE INDEX "audit_event_created_at_id_idx" ON "audit_event"("created_at", "id");

-- CreateIndex
CREATE INDEX "audit_event_actor_id_created_at_idx" ON "audit_event"("actor_id", "created_at");

-- CreateIndex
CREATE INDEX "audit_event_entity_type_entity_id_idx" ON "audit_event"("entity_type", "entity_id");

-- CreateIndex
CREATE INDEX "audit_event_action_created_at_idx" ON "audit_event"("action", "created_at");

-- AddForeignKey
ALTER TABLE "wallet" ADD CONSTRAINT "wallet_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "wallet" ADD CONSTRAINT "wallet_frozen_by_id_fkey" FOREIGN KEY ("frozen_by_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kyc_submission" ADD CONSTRAINT "kyc_submission_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kyc_submission" ADD CONSTRAINT "kyc_submission_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kyc_submission" ADD CONSTRAINT "kyc_submission_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kyc_submission" ADD CONSTRAINT "kyc_submission_checker_id_fkey" FOREIGN KEY ("checker_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kyc_document" ADD CONSTRAINT "kyc_document_submission_id_fkey" FOREIGN KEY ("submission_id") REFERENCES "kyc_submission"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kyc_note" ADD CONSTRAINT "kyc_note_submission_id_fkey" FOREIGN KEY ("submission_id") REFERENCES "kyc_submission"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kyc_note" ADD CONSTRAINT "kyc_note_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "staff_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bank_card" ADD CONSTRAINT "bank_card_wallet_id_fkey" FOREIGN KEY ("wallet_id") REFERENCES "wallet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transaction" ADD CONSTRAINT "transaction_wallet_id_fkey" FOREIGN KEY ("wallet_id") REFERENCES "wallet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fraud_rule_version" ADD CONSTRAINT "fraud_rule_version_rule_id_fkey" FOREIGN KEY ("rule_id") REFERENCES "fraud_rule"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fraud_rule_version" ADD CONSTRAINT "fraud_rule_version_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fraud_rule_version" ADD CONSTRAINT "fraud_rule_version_approved_by_id_fkey" FOREIGN KEY ("approved_by_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fraud_alert" ADD CONSTRAINT "fraud_alert_rule_id_fkey" FOREIGN KEY ("rule_id") REFERENCES "fraud_rule"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fraud_alert" ADD CONSTRAINT "fraud_alert_rule_version_id_fkey" FOREIGN KEY ("rule_version_id") REFERENCES "fraud_rule_version"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fraud_alert" ADD CONSTRAINT "fraud_alert_transaction_id_fkey" FOREIGN KEY ("transaction_id") REFERENCES "transaction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fraud_alert" ADD CONSTRAINT "fraud_alert_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fraud_alert" ADD CONSTRAINT "fraud_alert_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fraud_alert" ADD CONSTRAINT "fraud_alert_resolved_by_id_fkey" FOREIGN KEY ("resolved_by_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "promotion" ADD CONSTRAINT "promotion_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "promotion" ADD CONSTRAINT "promotion_approved_by_id_fkey" FOREIGN KEY ("approved_by_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "promotion_reward" ADD CONSTRAINT "promotion_reward_promotion_id_fkey" FOREIGN KEY ("promotion_id") REFERENCES "promotion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "promotion_reward" ADD CONSTRAINT "promotion_reward_transaction_id_fkey" FOREIGN KEY ("transaction_id") REFERENCES "transaction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "promotion_reward" ADD CONSTRAINT "promotion_reward_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

