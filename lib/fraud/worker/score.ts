// Scoring one claimed batch: read its transactions, their wallets' histories and the active rule versions
// (plain reads, outside any transaction), evaluate every rule, then in ONE short transaction write the
// alerts and mark the batch DONE, but only while this worker still holds it. A kill before that commit
// loses nothing (the batch is claimed again and scored again) and a kill after it repeats nothing (the
// batch is DONE); a batch scored twice anyway (a lease stolen by a slow worker) adds no alert twice
// (writeAlerts' ON CONFLICT DO NOTHING).
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ScoredTransaction } from "@/lib/fraud/rules/types";
import { ruleByCode } from "@/lib/fraud/rules";
import { evaluateRules } from "@/lib/fraud/scoring/evaluate";
import { historyAt, loadBatchHistories, loadBatchHistoriesCached, type TimelineCache } from "@/lib/fraud/scoring/history";
import { activeRuleVersions, type RuleVersionToRun } from "@/lib/fraud/scoring/versions";
import type { ClaimedBatch } from "@/lib/fraud/worker/claim";
import { insertAlertsSql, writeAlerts, type NewAlert } from "@/lib/fraud/worker/alerts";
import { applyRewards, rewardsNeededSql, DEFAULT_REWARD_STATUSES, type RewardOptions } from "@/lib/promotions/rewards";
import { IN_SCORED_SCOPE, SCORED_COLUMNS, SCORED_STATUSES, SCORED_TYPES, scoredTransactionOf, type ScoredTransactionRow } from "@/lib/fraud/worker/scored-transactions";

export interface ScoreOptions {
  /** Alerts carry their transaction's time instead of now(): seeding scores simulated history as if live. */
  backdate?: boolean;
  /** The worker's wallet timelines from earlier batches (runWorker keeps one); none: load every history. */
  cache?: TimelineCache;
  /** The versions to run; read from the database when absent. */
  versions?: RuleVersionToRun[];
  /** Tests: runs inside the batch's transaction after the alerts were written, before the batch is DONE. */
  afterAlerts?: (tx: Prisma.TransactionClient) => Promise<void>;
  /** Promotions' rewards for the batch (lib/promotions/rewards): which statuses pay, backdating; false: none. */
  promotions?: RewardOptions | false;
}

export interface BatchResult {
  batchId: bigint;
  scored: number;
  alerts: number;
  /** Alerts the rules raised, of which `alerts` were new (the rest existed from an earlier attempt). */
  hits: number;
  /** Milliseconds reading / evaluating / writing. */
  timings: { read: number; evaluate: number; write: number };
}

/** The batch transaction's limit when it pays rewards (under DEFAULT_LEASE_MS, so the lease outlives it). */
export const REWARD_BATCH_TIMEOUT_MS = 45_000;

export class LostLeaseError extends Error {
  constructor(batch: ClaimedBatch) {
    super(`scoring batch ${batch.id} is no longer held by ${batch.workerId}`);
  }
}

export async function scoreBatch(db: Db, batch: ClaimedBatch, options: ScoreOptions = {}): Promise<BatchResult> {
  const t0 = performance.now();
  const scope = { types: SCORED_TYPES, statuses: SCORED_STATUSES };
  const rewards = options.promotions === false ? null : { backdate: options.backdate, ...options.promotions };
  const [{ transactions: txs, timelines }, versions, needsRewards] = await Promise.all([
    options.cache
      ? loadBatchHistoriesCached(db, batch.fromId, batch.toId, scope, options.cache)
      : loadBatchHistories(db, batch.fromId, batch.toId, scope),
    options.versions ? Promise.resolve(options.versions) : activeRuleVersions(db),
    rewards ? rewardsNeeded(db, batch, rewards) : Promise.resolve(false),
  ]);
  const t1 = performance.now();

  const alerts: NewAlert[] = [];
  if (versions.length > 0) {
    for (const tx of txs) {
      const timeline = timelines.get(tx.walletId);
      if (!timeline) continue;
      const history = historyAt(timeline, tx);
      for (const { version, hit } of evaluateRules(tx, history, versions)) {
        alerts.push({
          ruleId: version.ruleId,
          ruleVersionId: version.id,
          code: version.code,
          transactionId: tx.id!,
          customerId: history.customer.id,
          walletId: tx.walletId,
          amountFen: tx.amountFen,
          score: hit.score,
          severity: version.severity,
          characteristic: ruleByCode(version.code)?.characteristic ?? "",
          explanation: hit.explanation,
          evidence: { transactionIds: hit.transactionIds.map(String), facts: hit.facts },
          createdAt: options.backdate ? tx.createdAt : undefined,
        });
      }
    }
  }
  const t2 = performance.now();

  // Promotions (issue 12) apply their rewards in the batch's own transaction, so a batch is scored and
  // rewarded exactly once together. Only when a promotion runs (or a refund may claw one back): otherwise
  // the one-statement commit stays as fast as before.
  const between =
    needsRewards && rewards
      ? async (tx: Prisma.TransactionClient) => {
          await applyRewards(tx, batch, rewards);
          await options.afterAlerts?.(tx);
        }
      : options.afterAlerts;
  const written = between ? await commitInTransaction(db, batch, alerts, txs.length, between) : await commitBatch(db, batch, alerts, txs.length);
  const t3 = performance.now();
  return { batchId: batch.id, scored: txs.length, alerts: written, hits: alerts.length, timings: { read: t1 - t0, evaluate: t2 - t1, write: t3 - t2 } };
}

/**
 * The batch's alerts and its DONE in ONE statement (one round trip, its own transaction): the row lock
 * on the batch is taken first and the alerts are inserted only while this worker holds the batch, so a
 * worker whose lease was taken over writes nothing. Returns the number of new alerts.
 */
async function commitBatch(db: Db, batch: ClaimedBatch, alerts: NewAlert[], scored: number): Promise<number> {
  const held = Prisma.sql`SELECT id FROM scoring_batch WHERE id = ${batch.id} AND status = 'RUNNING' AND worker_id = ${batch.workerId} FOR UPDATE`;
  const insert = alerts.length > 0 ? insertAlertsSql(alerts, Prisma.sql`WHERE EXISTS (SELECT 1 FROM held)`) : null;
  const rows = await db.$queryRaw<{ alerts: number }[]>`
    WITH held AS (${held})${insert ? Prisma.sql`, inserted AS (${insert} RETURNING 1)` : Prisma.empty}
    UPDATE scoring_batch b SET status = 'DONE', finished_at = now(), leased_until = NULL, scored = ${scored},
      alerts = ${insert ? Prisma.sql`(SELECT count(*) FROM inserted)` : Prisma.sql`0`}
    FROM held WHERE b.id = held.id
    RETURNING b.alerts`;
  if (rows.length !== 1) throw new LostLeaseError(batch);
  return Number(rows[0]!.alerts);
}

/** Whether the batch needs the reward path: a promotion with a paying status, or a refund of a rewarded payment. */
async function rewardsNeeded(db: Db, batch: ClaimedBatch, options: RewardOptions): Promise<boolean> {
  const [row] = await db.$queryRaw<{ needed: boolean }[]>`SELECT ${rewardsNeededSql(batch, options.statuses ?? DEFAULT_REWARD_STATUSES)} AS needed`;
  return row?.needed ?? false;
}

/** The same commit as an interactive transaction, with `between` run after the alerts and before DONE. */
async function commitInTransaction(
  db: Db,
  batch: ClaimedBatch,
  alerts: NewAlert[],
  scored: number,
  between: (tx: Prisma.TransactionClient) => Promise<void>,
): Promise<number> {
  return db.$transaction(
    async (tx) => {
      const inserted = await writeAlerts(tx, alerts);
      await between(tx);
      const done = await tx.$executeRaw`
        UPDATE scoring_batch SET status = 'DONE', finished_at = now(), leased_until = NULL, scored = ${scored}, alerts = ${inserted}
        WHERE id = ${batch.id} AND status = 'RUNNING' AND worker_id = ${batch.workerId}`;
      if (done !== 1) throw new LostLeaseError(batch);
      return inserted;
    },
    // A batch that pays rewards writes hundreds of rows under the promotions' locks: more than the default 15 s
    // on a loaded machine must not fail it (it would be retried with the same work); the lease is longer still.
    { timeout: REWARD_BATCH_TIMEOUT_MS },
  );
}


/** The batch's transactions the rules score (scored-transactions.ts), in id order. */
export async function loadBatchTransactions(db: Pick<Prisma.TransactionClient, "$queryRaw">, fromId: bigint, toId: bigint): Promise<ScoredTransaction[]> {
  const rows = await db.$queryRaw<ScoredTransactionRow[]>`
    SELECT ${SCORED_COLUMNS} FROM "transaction"
    WHERE id > ${fromId} AND id <= ${toId} AND ${IN_SCORED_SCOPE}
    ORDER BY id`;
  return rows.map(scoredTransactionOf);
}
