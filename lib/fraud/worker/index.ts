// The fraud scoring worker: cursor -> batches -> scored alerts, durable, ordered and idempotent.
export { cutBatches, CURSOR_NAME, DEFAULT_BATCH_SIZE } from "@/lib/fraud/worker/cursor";
export { claimBatch, releaseBatch, type ClaimedBatch } from "@/lib/fraud/worker/claim";
export { scoreBatch, loadBatchTransactions, type BatchResult } from "@/lib/fraud/worker/score";
export { writeAlerts, alertId, type NewAlert } from "@/lib/fraud/worker/alerts";
export { runWorker, drainScoring, defaultWorkerId, type WorkerOptions, type WorkerTotals } from "@/lib/fraud/worker/run";
export { scoringLag, type ScoringLag } from "@/lib/fraud/worker/lag";
