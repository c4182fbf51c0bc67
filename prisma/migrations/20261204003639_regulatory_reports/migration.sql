-- CreateEnum
CREATE TYPE "RegulatoryReportKind" AS ENUM ('LARGE_VALUE', 'SUSPICIOUS');

-- CreateEnum
CREATE TYPE "RegulatoryReportStatus" AS ENUM ('DRAFT', 'SUBMITTED_FOR_REVIEW', 'RETURNED', 'APPROVED', 'EXPORTED', 'ACKNOWLEDGED', 'REJECTED_BY_REGULATOR');

-- AlterTable
ALTER TABLE "customer" ADD COLUMN     "address" TEXT,
ADD COLUMN     "nationality" CHAR(3) NOT NULL DEFAULT 'CHN',
ADD COLUMN     "occupation" TEXT;

-- AlterTable
ALTER TABLE "fraud_case" ADD COLUMN     "str_exclusion_reason" TEXT;

-- CreateTable
CREATE TABLE "regulatory_report" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "kind" "RegulatoryReportKind" NOT NULL,
    "status" "RegulatoryReportStatus" NOT NULL DEFAULT 'DRAFT',
    "customer_id" TEXT NOT NULL,
    "rule_set_version" INTEGER NOT NULL,
    "basis_day" DATE NOT NULL,
    "due_day" DATE NOT NULL,
    "threshold_code" TEXT,
    "direction" TEXT,
    "detection_key" TEXT,
    "total_fen" BIGINT NOT NULL DEFAULT 0,
    "total_usd_cents" BIGINT NOT NULL DEFAULT 0,
    "transaction_count" INTEGER NOT NULL DEFAULT 0,
    "case_id" TEXT,
    "alert_id" TEXT,
    "trigger" TEXT,
    "crime_type" TEXT,
    "characteristic_codes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "narrative_facts" TEXT,
    "narrative_analysis" TEXT,
    "urgent" BOOLEAN NOT NULL DEFAULT false,
    "corrects_report_id" TEXT,
    "regulator_note" TEXT,
    "drafted_by_id" TEXT,
    "submitted_by_id" TEXT,
    "submitted_at" TIMESTAMPTZ(3),
    "reviewed_by_id" TEXT,
    "reviewed_at" TIMESTAMPTZ(3),
    "export_id" TEXT,
    "exported_at" TIMESTAMPTZ(3),
    "responded_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "regulatory_report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "regulatory_report_transaction" (
    "report_id" TEXT NOT NULL,
    "transaction_id" BIGINT NOT NULL,

    CONSTRAINT "regulatory_report_transaction_pkey" PRIMARY KEY ("report_id","transaction_id")
);

-- CreateTable
CREATE TABLE "regulatory_report_comment" (
    "id" TEXT NOT NULL,
    "report_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "author_id" TEXT,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "regulatory_report_comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "regulatory_export" (
    "id" TEXT NOT NULL,
    "kind" "RegulatoryReportKind" NOT NULL,
    "report_day" DATE NOT NULL,
    "file_name" TEXT NOT NULL,
    "institution_code" TEXT NOT NULL,
    "report_count" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "created_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "regulatory_export_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "large_value_scan" (
    "day" DATE NOT NULL,
    "rule_set_version" INTEGER NOT NULL,
    "reports_created" INTEGER NOT NULL,
    "scanned_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "large_value_scan_pkey" PRIMARY KEY ("day")
);

-- CreateTable
CREATE TABLE "reporting_rule_set" (
    "version" INTEGER NOT NULL,
    "effective_from" DATE NOT NULL,
    "thresholds" JSONB NOT NULL,
    "usd_cny_rate" DECIMAL(12,6) NOT NULL,
    "deadline_working_days" SMALLINT NOT NULL,
    "retention_years" SMALLINT NOT NULL,
    "institution_code" TEXT NOT NULL,
    "institution_name" TEXT NOT NULL,
    "note" TEXT,
    "created_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reporting_rule_set_pkey" PRIMARY KEY ("version")
);

-- CreateTable
CREATE TABLE "working_calendar_day" (
    "day" DATE NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "working_calendar_day_pkey" PRIMARY KEY ("day")
);

-- CreateIndex
CREATE UNIQUE INDEX "regulatory_report_reference_key" ON "regulatory_report"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "regulatory_report_detection_key_key" ON "regulatory_report"("detection_key");

-- CreateIndex
CREATE INDEX "regulatory_report_kind_status_due_day_id_idx" ON "regulatory_report"("kind", "status", "due_day", "id");

-- CreateIndex
CREATE INDEX "regulatory_report_kind_created_at_id_idx" ON "regulatory_report"("kind", "created_at", "id");

-- CreateIndex
CREATE INDEX "regulatory_report_customer_id_created_at_idx" ON "regulatory_report"("customer_id", "created_at");

-- CreateIndex
CREATE INDEX "regulatory_report_case_id_idx" ON "regulatory_report"("case_id");

-- CreateIndex
CREATE INDEX "regulatory_report_alert_id_idx" ON "regulatory_report"("alert_id");

-- CreateIndex
CREATE INDEX "regulatory_report_basis_day_idx" ON "regulatory_report"("basis_day");

-- CreateIndex
CREATE INDEX "regulatory_report_export_id_idx" ON "regulatory_report"("export_id");

-- CreateIndex
CREATE INDEX "regulatory_report_transaction_transaction_id_idx" ON "regulatory_report_transaction"("transaction_id");

-- CreateIndex
CREATE INDEX "regulatory_report_comment_report_id_created_at_idx" ON "regulatory_report_comment"("report_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "regulatory_export_file_name_key" ON "regulatory_export"("file_name");

-- CreateIndex
CREATE INDEX "regulatory_export_report_day_idx" ON "regulatory_export"("report_day");

-- AddForeignKey
ALTER TABLE "regulatory_report" ADD CONSTRAINT "regulatory_report_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "regulatory_report" ADD CONSTRAINT "regulatory_report_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "fraud_case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "regulatory_report" ADD CONSTRAINT "regulatory_report_alert_id_fkey" FOREIGN KEY ("alert_id") REFERENCES "fraud_alert"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "regulatory_report" ADD CONSTRAINT "regulatory_report_corrects_report_id_fkey" FOREIGN KEY ("corrects_report_id") REFERENCES "regulatory_report"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "regulatory_report" ADD CONSTRAINT "regulatory_report_drafted_by_id_fkey" FOREIGN KEY ("drafted_by_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "regulatory_report" ADD CONSTRAINT "regulatory_report_submitted_by_id_fkey" FOREIGN KEY ("submitted_by_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "regulatory_report" ADD CONSTRAINT "regulatory_report_reviewed_by_id_fkey" FOREIGN KEY ("reviewed_by_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "regulatory_report" ADD CONSTRAINT "regulatory_report_export_id_fkey" FOREIGN KEY ("export_id") REFERENCES "regulatory_export"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "regulatory_report_transaction" ADD CONSTRAINT "regulatory_report_transaction_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "regulatory_report"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "regulatory_report_transaction" ADD CONSTRAINT "regulatory_report_transaction_transaction_id_fkey" FOREIGN KEY ("transaction_id") REFERENCES "transaction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "regulatory_report_comment" ADD CONSTRAINT "regulatory_report_comment_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "regulatory_report"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "regulatory_report_comment" ADD CONSTRAINT "regulatory_report_comment_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "regulatory_export" ADD CONSTRAINT "regulatory_export_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "staff_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Reports and the analysis behind them are kept for the rule set's retention (default 5 years): nothing
-- inside it can be deleted. (The runtime login has no DELETE on these tables either: lib/db/runtime-role.ts.)
-- One exception: a draft's picked transactions are still being chosen, so while the report is DRAFT or
-- RETURNED its officer may take a transaction off it (the edit's audit event keeps the ids before and after).
CREATE FUNCTION regulatory_record_retained() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  years integer;
  made timestamptz;
  report_status text;
BEGIN
  SELECT retention_years INTO years FROM reporting_rule_set ORDER BY version DESC LIMIT 1;
  years := coalesce(years, 5);
  IF TG_TABLE_NAME = 'regulatory_report_transaction' THEN
    SELECT created_at, status::text INTO made, report_status FROM regulatory_report WHERE id = OLD.report_id;
    IF report_status IN ('DRAFT', 'RETURNED') THEN
      RETURN OLD;
    END IF;
  ELSE
    made := OLD.created_at;
  END IF;
  IF made IS NOT NULL AND made > now() - make_interval(years => years) THEN
    RAISE EXCEPTION 'regulatory records are kept for % years: this % row (created %) cannot be deleted', years, TG_TABLE_NAME, made
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN OLD;
END
$$;

CREATE TRIGGER regulatory_report_retained BEFORE DELETE ON "regulatory_report"
  FOR EACH ROW EXECUTE FUNCTION regulatory_record_retained();
CREATE TRIGGER regulatory_report_transaction_retained BEFORE DELETE ON "regulatory_report_transaction"
  FOR EACH ROW EXECUTE FUNCTION regulatory_record_retained();
CREATE TRIGGER regulatory_report_comment_retained BEFORE DELETE ON "regulatory_report_comment"
  FOR EACH ROW EXECUTE FUNCTION regulatory_record_retained();
CREATE TRIGGER regulatory_export_retained BEFORE DELETE ON "regulatory_export"
  FOR EACH ROW EXECUTE FUNCTION regulatory_record_retained();

-- The rules in force since the 2016 Measures (中国人民银行令〔2016〕第3号, in force 2017-07-01), as data:
-- lib/reports/rules/rule-set.ts reads them. Codes are the Center's large-value characteristic codes.
INSERT INTO "reporting_rule_set" ("version", "effective_from", "thresholds", "usd_cny_rate", "deadline_working_days", "retention_years", "institution_code", "institution_name", "note")
VALUES (1, DATE '2017-07-01', '{
  "CASH": {"reportCode": "0501", "cnyFen": 5000000, "usdCents": 1000000},
  "NON_NATURAL_TRANSFER": {"reportCode": "0502", "cnyFen": 200000000, "usdCents": 20000000},
  "NATURAL_DOMESTIC_TRANSFER": {"reportCode": "0503", "cnyFen": 50000000, "usdCents": 10000000},
  "NATURAL_CROSS_BORDER": {"reportCode": "0504", "cnyFen": 20000000, "usdCents": 1000000}
}'::jsonb, 7.100000, 5, 5, 'B0308H23100001', '演示银行股份有限公司', '中国人民银行令〔2016〕第3号，2018年修订')
ON CONFLICT DO NOTHING;

-- 2026's public holidays and the weekend days worked in their place (国务院办公厅关于2026年部分节假日安排的通知).
INSERT INTO "working_calendar_day" ("day", "kind", "name") VALUES
  (DATE '2026-01-01', 'HOLIDAY', '元旦'), (DATE '2026-01-02', 'HOLIDAY', '元旦'), (DATE '2026-01-03', 'HOLIDAY', '元旦'),
  (DATE '2026-01-04', 'WORKDAY', '元旦调休'),
  (DATE '2026-02-14', 'WORKDAY', '春节调休'),
  (DATE '2026-02-15', 'HOLIDAY', '春节'), (DATE '2026-02-16', 'HOLIDAY', '春节'), (DATE '2026-02-17', 'HOLIDAY', '春节'),
  (DATE '2026-02-18', 'HOLIDAY', '春节'), (DATE '2026-02-19', 'HOLIDAY', '春节'), (DATE '2026-02-20', 'HOLIDAY', '春节'),
  (DATE '2026-02-21', 'HOLIDAY', '春节'), (DATE '2026-02-22', 'HOLIDAY', '春节'), (DATE '2026-02-23', 'HOLIDAY', '春节'),
  (DATE '2026-02-28', 'WORKDAY', '春节调休'),
  (DATE '2026-04-04', 'HOLIDAY', '清明节'), (DATE '2026-04-05', 'HOLIDAY', '清明节'), (DATE '2026-04-06', 'HOLIDAY', '清明节'),
  (DATE '2026-05-01', 'HOLIDAY', '劳动节'), (DATE '2026-05-02', 'HOLIDAY', '劳动节'), (DATE '2026-05-03', 'HOLIDAY', '劳动节'),
  (DATE '2026-05-04', 'HOLIDAY', '劳动节'), (DATE '2026-05-05', 'HOLIDAY', '劳动节'),
  (DATE '2026-05-09', 'WORKDAY', '劳动节调休'),
  (DATE '2026-06-19', 'HOLIDAY', '端午节'), (DATE '2026-06-20', 'HOLIDAY', '端午节'), (DATE '2026-06-21', 'HOLIDAY', '端午节'),
  (DATE '2026-09-20', 'WORKDAY', '国庆节调休'),
  (DATE '2026-09-25', 'HOLIDAY', '中秋节'), (DATE '2026-09-26', 'HOLIDAY', '中秋节'), (DATE '2026-09-27', 'HOLIDAY', '中秋节'),
  (DATE '2026-10-01', 'HOLIDAY', '国庆节'), (DATE '2026-10-02', 'HOLIDAY', '国庆节'), (DATE '2026-10-03', 'HOLIDAY', '国庆节'),
  (DATE '2026-10-04', 'HOLIDAY', '国庆节'), (DATE '2026-10-05', 'HOLIDAY', '国庆节'), (DATE '2026-10-06', 'HOLIDAY', '国庆节'),
  (DATE '2026-10-07', 'HOLIDAY', '国庆节'),
  (DATE '2026-10-10', 'WORKDAY', '国庆节调休')
ON CONFLICT DO NOTHING;

-- The report list's order (lib/reports/list/sql.ts SORT_KEY: unfiled by due day, overdue first, then filed
-- newest due first; ties by reference) as an index, so page 1 and a deep keyset page are both index range
-- reads instead of a sort of every report of the kind (docs/bench-reports.md). The expression must stay
-- exactly SORT_KEY's.
CREATE INDEX "regulatory_report_list_order_idx" ON "regulatory_report" ("kind",
  (CASE WHEN status IN ('DRAFT', 'SUBMITTED_FOR_REVIEW', 'RETURNED', 'APPROVED') THEN (due_day - DATE '2000-01-01') ELSE 1000000 - (due_day - DATE '2000-01-01') END),
  "reference");
-- A corrected report's original: the foreign key's check on deleting a report (after retention) reads it.
CREATE INDEX "regulatory_report_corrects_report_id_idx" ON "regulatory_report" ("corrects_report_id");
