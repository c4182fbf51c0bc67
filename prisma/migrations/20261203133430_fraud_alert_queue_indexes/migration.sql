-- DropIndex
DROP INDEX "fraud_alert_status_severity_created_at_idx";

-- DropIndex
DROP INDEX "fraud_alert_assignee_id_status_idx";

-- CreateIndex
CREATE INDEX "fraud_alert_status_severity_created_at_id_idx" ON "fraud_alert"("status", "severity", "created_at", "id");

-- CreateIndex
CREATE INDEX "fraud_alert_status_amount_fen_id_idx" ON "fraud_alert"("status", "amount_fen", "id");

-- CreateIndex
CREATE INDEX "fraud_alert_assignee_id_status_created_at_id_idx" ON "fraud_alert"("assignee_id", "status", "created_at", "id");

