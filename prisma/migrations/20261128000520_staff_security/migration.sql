-- CreateEnum
CREATE TYPE "SignInStage" AS ENUM ('CHANGE_PASSWORD', 'ENROL_TOTP', 'VERIFY_TOTP', 'COMPLETE');

-- AlterTable
ALTER TABLE "staff_user" ADD COLUMN     "password_changed_at" TIMESTAMPTZ(3),
ADD COLUMN     "totp_last_step" INTEGER;

-- CreateTable
CREATE TABLE "recovery_code" (
    "id" TEXT NOT NULL,
    "staff_id" TEXT NOT NULL,
    "code_hash" TEXT NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "recovery_code_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "password_history" (
    "id" TEXT NOT NULL,
    "staff_id" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "password_history_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sign_in_challenge" (
    "id" TEXT NOT NULL,
    "staff_id" TEXT NOT NULL,
    "stage" "SignInStage" NOT NULL,
    "pending_secret" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "ip" TEXT,
    "user_agent" TEXT,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "consumed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sign_in_challenge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_chain_head" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "last_hash" CHAR(64) NOT NULL,
    "last_event_id" BIGINT,

    CONSTRAINT "audit_chain_head_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "recovery_code_staff_id_idx" ON "recovery_code"("staff_id");

-- CreateIndex
CREATE INDEX "password_history_staff_id_created_at_idx" ON "password_history"("staff_id", "created_at");

-- CreateIndex
CREATE INDEX "sign_in_challenge_staff_id_idx" ON "sign_in_challenge"("staff_id");

-- CreateIndex
CREATE INDEX "audit_event_ip_created_at_idx" ON "audit_event"("ip", "created_at");

-- AddForeignKey
ALTER TABLE "recovery_code" ADD CONSTRAINT "recovery_code_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "staff_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "password_history" ADD CONSTRAINT "password_history_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "staff_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sign_in_challenge" ADD CONSTRAINT "sign_in_challenge_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "staff_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Written by hand (not by prisma migrate diff): the audit trail is append-only at the database level.
-- UPDATE and DELETE are refused row by row; TRUNCATE is refused too. Tests that must empty the database
-- disable the TRUNCATE trigger inside their own transaction (lib/db/reset.ts).
CREATE FUNCTION audit_event_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_event_no_update_or_delete
  BEFORE UPDATE OR DELETE ON "audit_event"
  FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();

CREATE TRIGGER audit_event_no_truncate
  BEFORE TRUNCATE ON "audit_event"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();

-- The chain starts from 64 zeros.
INSERT INTO "audit_chain_head" ("id", "last_hash", "last_event_id") VALUES (1, repeat('0', 64), NULL);
