// Cutting: the one place that turns newly committed transactions into batches. In one short transaction it
// takes the transaction-write lock exclusively (lib/transactions/record.ts holds it shared from before a
// write's ids are drawn until it commits), so every id at or below max(id) is committed and none will
// appear below it later; then it queues (cursor, max(id)] as batches of N ids and moves the cursor.
// Several workers may cut at once: the lock and the cursor row's FOR UPDATE serialise them.
import type { Db } from "@/lib/db/client";
import { TRANSACTION_WRITE_LOCK } from "@/lib/transactions/record";

export const CURSOR_NAME = "fraud";
export const DEFAULT_BATCH_SIZE = 500;

export interface CutResult {
  batches: number;
  fromId: bigint;
  toId: bigint;
}

export async function cutBatches(db: Db, batchSize = DEFAULT_BATCH_SIZE): Promise<CutResult> {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`batch size must be a positive integer, not ${batchSize}`);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${TRANSACTION_WRITE_LOCK}::bigint)`;
    await tx.$executeRaw`INSERT INTO scoring_cursor (name, last_id, updated_at) VALUES (${CURSOR_NAME}, 0, now()) ON CONFLICT (name) DO NOTHING`;
    const [row] = await tx.$queryRaw<{ last_id: bigint; max_id: bigint | null }[]>`
      SELECT c.last_id, (SELECT max(id) FROM "transaction") AS max_id
      FROM scoring_cursor c WHERE c.name = ${CURSOR_NAME} FOR UPDATE`;
    const fromId = row!.last_id;
    const toId = row!.max_id ?? 0n;
    if (toId <= fromId) return { batches: 0, fromId, toId: fromId };
    const batches = await tx.$executeRaw`
      INSERT INTO scoring_batch (from_id, to_id, status, created_at)
      SELECT s, least(s + ${batchSize}::bigint, ${toId}::bigint), 'PENDING', now()
      FROM generate_series(${fromId}::bigint, ${toId}::bigint - 1, ${batchSize}::bigint) AS s`;
    await tx.$executeRaw`UPDATE scoring_cursor SET last_id = ${toId}, updated_at = now() WHERE name = ${CURSOR_NAME}`;
    return { batches, fromId, toId };
  });
}

/** Whether a transaction newer than the cursor exists: two index probes, no lock (the idle poll). */
export async function hasUncut(db: Db): Promise<boolean> {
  const [row] = await db.$queryRaw<{ uncut: boolean | null }[]>`
    SELECT (SELECT max(id) FROM "transaction") > coalesce((SELECT last_id FROM scoring_cursor WHERE name = ${CURSOR_NAME}), 0) AS uncut`;
  return row?.uncut === true;
}
