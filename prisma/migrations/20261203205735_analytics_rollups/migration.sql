-- AlterTable
ALTER TABLE "wallet" ADD COLUMN     "first_payment_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "transaction_daily_cube" (
    "day" DATE NOT NULL,
    "type" "TransactionType" NOT NULL,
    "status" "TransactionStatus" NOT NULL,
    "channel" "TransactionChannel" NOT NULL,
    "cross_border" BOOLEAN NOT NULL,
    "mcc" TEXT NOT NULL DEFAULT '',
    "province" TEXT NOT NULL,
    "tier" SMALLINT NOT NULL,
    "count" INTEGER NOT NULL,
    "amount_fen" BIGINT NOT NULL,

    CONSTRAINT "transaction_daily_cube_pkey" PRIMARY KEY ("day","type","status","channel","cross_border","mcc","province","tier")
);

-- CreateTable
CREATE TABLE "transaction_hourly_cube" (
    "hour" TIMESTAMPTZ(3) NOT NULL,
    "type" "TransactionType" NOT NULL,
    "status" "TransactionStatus" NOT NULL,
    "channel" "TransactionChannel" NOT NULL,
    "cross_border" BOOLEAN NOT NULL,
    "mcc" TEXT NOT NULL DEFAULT '',
    "province" TEXT NOT NULL,
    "tier" SMALLINT NOT NULL,
    "count" INTEGER NOT NULL,
    "amount_fen" BIGINT NOT NULL,

    CONSTRAINT "transaction_hourly_cube_pkey" PRIMARY KEY ("hour","type","status","channel","cross_border","mcc","province","tier")
);

-- CreateTable
CREATE TABLE "transaction_hour_of_day_rollup" (
    "day" DATE NOT NULL,
    "hour" SMALLINT NOT NULL,
    "type" "TransactionType" NOT NULL,
    "status" "TransactionStatus" NOT NULL,
    "channel" "TransactionChannel" NOT NULL,
    "count" INTEGER NOT NULL,
    "amount_fen" BIGINT NOT NULL,

    CONSTRAINT "transaction_hour_of_day_rollup_pkey" PRIMARY KEY ("day","hour","type","status","channel")
);

-- CreateTable
CREATE TABLE "wallet_activity_day" (
    "day" DATE NOT NULL,
    "wallet_id" TEXT NOT NULL,

    CONSTRAINT "wallet_activity_day_pkey" PRIMARY KEY ("day","wallet_id")
);

-- CreateTable
CREATE TABLE "wallet_daily_rollup" (
    "day" DATE NOT NULL,
    "province" TEXT NOT NULL,
    "tier" SMALLINT NOT NULL,
    "active_wallets" INTEGER NOT NULL DEFAULT 0,
    "new_wallets" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "wallet_daily_rollup_pkey" PRIMARY KEY ("day","province","tier")
);

-- CreateTable
CREATE TABLE "kyc_funnel_weekly" (
    "week" DATE NOT NULL,
    "registered" INTEGER NOT NULL,
    "kyc_submitted" INTEGER NOT NULL,
    "approved" INTEGER NOT NULL,
    "wallet_active" INTEGER NOT NULL,
    "card_linked" INTEGER NOT NULL,
    "first_payment" INTEGER NOT NULL,
    "refreshed_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "kyc_funnel_weekly_pkey" PRIMARY KEY ("week")
);


-- Backfill: each wallet's first successful payment so far.
UPDATE "wallet" SET "first_payment_at" = f.first_at
FROM (SELECT wallet_id, min(created_at) AS first_at FROM "transaction" WHERE type = 'PAYMENT' AND status = 'SUCCEEDED' GROUP BY wallet_id) f
WHERE "wallet".id = f.wallet_id;
