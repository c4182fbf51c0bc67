-- CreateIndex
CREATE INDEX "transaction_device_id_wallet_id_idx" ON "transaction"("device_id", "wallet_id");

-- CreateIndex
CREATE INDEX "transaction_counterparty_wallet_id_wallet_id_idx" ON "transaction"("counterparty_wallet_id", "wallet_id");

