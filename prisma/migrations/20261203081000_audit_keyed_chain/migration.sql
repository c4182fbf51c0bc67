-- CreateTable
CREATE TABLE "audit_chain" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "chain_id" TEXT,
    "created_at" TIMESTAMPTZ(3),
    "key_id" TEXT,
    "legacy_through" BIGINT,
    "seal" CHAR(64),
    "legacy_head_hash" CHAR(64),
    "legacy_head_event_id" BIGINT,

    CONSTRAINT "audit_chain_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "audit_chain_chain_id_key" ON "audit_chain"("chain_id");

-- Written by hand: keep the unkeyed trail's head, so that db:migrate (lib/audit/chain.ts), which holds the
-- key, can verify the old SHA-256 chain up to it before re-chaining it with the key and sealing the chain.
-- Writers no longer update a head row: they serialise on an advisory lock and read the newest event.
INSERT INTO "audit_chain" ("id", "legacy_head_hash", "legacy_head_event_id")
SELECT 1, "last_hash", "last_event_id" FROM "audit_chain_head" WHERE "id" = 1;
INSERT INTO "audit_chain" ("id") VALUES (1) ON CONFLICT ("id") DO NOTHING;

-- DropTable
DROP TABLE "audit_chain_head";
