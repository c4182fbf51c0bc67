// Claiming: a worker takes the oldest batch nobody holds (PENDING, or RUNNING with an expired lease, or
// RUNNING under its own id: what it held when it was killed) with SKIP LOCKED, so workers never wait for
// each other and never take the same batch while its lease runs.
import type { Db } from "@/lib/db/client";

export const DEFAULT_LEASE_MS = 60_000;

export interface ClaimedBatch {
  id: bigint;
  fromId: bigint;
  toId: bigint;
  attempts: number;
  workerId: string;
}

export async function claimBatch(db: Db, workerId: string, leaseMs = DEFAULT_LEASE_MS): Promise<ClaimedBatch | null> {
  const rows = await db.$queryRaw<{ id: bigint; from_id: bigint; to_id: bigint; attempts: number }[]>`
    UPDATE scoring_batch SET status = 'RUNNING', worker_id = ${workerId},
      leased_until = now() + ${leaseMs}::int * interval '1 millisecond', attempts = attempts + 1
    WHERE id = (
      SELECT id FROM scoring_batch
      WHERE status = 'PENDING' OR (status = 'RUNNING' AND (leased_until < now() OR worker_id = ${workerId}))
      ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING id, from_id, to_id, attempts`;
  const row = rows[0];
  return row ? { id: row.id, fromId: row.from_id, toId: row.to_id, attempts: row.attempts, workerId } : null;
}

/** Gives a batch back after a failure, so that another attempt (by any worker) can take it at once. */
export async function releaseBatch(db: Db, batch: ClaimedBatch): Promise<void> {
  await db.$executeRaw`
    UPDATE scoring_batch SET status = 'PENDING', leased_until = NULL
    WHERE id = ${batch.id} AND status = 'RUNNING' AND worker_id = ${batch.workerId}`;
}
