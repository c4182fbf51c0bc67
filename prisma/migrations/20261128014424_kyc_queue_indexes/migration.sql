-- DropIndex
DROP INDEX "kyc_submission_status_risk_level_submitted_at_idx";

-- DropIndex
DROP INDEX "kyc_submission_status_due_at_idx";

-- DropIndex
DROP INDEX "kyc_submission_assignee_id_status_idx";

-- CreateIndex
CREATE INDEX "kyc_submission_status_risk_level_submitted_at_id_idx" ON "kyc_submission"("status", "risk_level", "submitted_at", "id");

-- CreateIndex
CREATE INDEX "kyc_submission_status_risk_score_submitted_at_id_idx" ON "kyc_submission"("status", "risk_score" DESC, "submitted_at", "id");

-- CreateIndex
CREATE INDEX "kyc_submission_status_due_at_id_idx" ON "kyc_submission"("status", "due_at", "id");

-- CreateIndex
CREATE INDEX "kyc_submission_assignee_id_status_submitted_at_id_idx" ON "kyc_submission"("assignee_id", "status", "submitted_at", "id");

