// The worker loop, shared by `npm run worker` and drainScoring: claim the oldest free batch and score it;
// when none is free, cut new batches from the cursor; when there is nothing to cut either, sleep (the
// embedded database has no LISTEN/NOTIFY, so the worker polls: every 250 ms when idle, at once while
// work remains). Each database transaction stays short, so the embedded database's one session is never
// held for long.
import { hostname } from "node:os";
import type { Db } from "@/lib/db/client";
import { TimelineCache } from "@/lib/fraud/scoring/history";
import { claimBatch, DEFAULT_LEASE_MS, releaseBatch } from "@/lib/fraud/worker/claim";
import { cutBatches, DEFAULT_BATCH_SIZE, hasUncut } from "@/lib/fraud/worker/cursor";
import { LostLeaseError, scoreBatch, type BatchResult, type ScoreOptions } from "@/lib/fraud/worker/score";

export const IDLE_POLL_MS = 250;
export const DEFAULT_CACHE_WALLETS = 20_000;

export interface WorkerOptions extends Omit<ScoreOptions, "afterAlerts"> {
  workerId?: string;
  batchSize?: number;
  leaseMs?: number;
  /** Stop when there is nothing left to score, instead of polling for more. */
  once?: boolean;
  idlePollMs?: number;
  signal?: AbortSignal;
  onBatch?: (result: BatchResult) => void;
  onError?: (error: unknown) => void;
  /** Other background work to do when there is nothing to score (the worker script runs pending
   *  backtests there); returns how much it did, and the loop polls again at once when that is > 0. */
  idleWork?: (signal?: AbortSignal) => Promise<number>;
  /** Wallet timelines kept between batches (lib/fraud/scoring/history.ts TimelineCache); 0 turns it off. */
  cacheWallets?: number;
  /** Tests: passed to scoreBatch for every batch. */
  afterAlerts?: ScoreOptions["afterAlerts"];
}

export interface WorkerTotals {
  batches: number;
  scored: number;
  alerts: number;
  milliseconds: number;
}

export function defaultWorkerId(): string {
  return `${hostname()}:${process.pid}`;
}

export async function runWorker(db: Db, options: WorkerOptions = {}): Promise<WorkerTotals> {
  const workerId = options.workerId ?? defaultWorkerId();
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const idle = options.idlePollMs ?? IDLE_POLL_MS;
  const started = performance.now();
  const totals: WorkerTotals = { batches: 0, scored: 0, alerts: 0, milliseconds: 0 };
  let failures = 0;
  const cacheWallets = options.cacheWallets ?? DEFAULT_CACHE_WALLETS;
  const scoring = { ...options, cache: cacheWallets > 0 ? new TimelineCache(cacheWallets) : undefined };
  while (!options.signal?.aborted) {
    let worked = false;
    try {
      const batch = await claimBatch(db, workerId, options.leaseMs ?? DEFAULT_LEASE_MS);
      if (batch) {
        worked = true;
        try {
          const result = await scoreBatch(db, batch, scoring);
          totals.batches += 1;
          totals.scored += result.scored;
          totals.alerts += result.alerts;
          options.onBatch?.(result);
          failures = 0;
        } catch (error) {
          // Someone else holds it now: their commit decides. Otherwise give it back for another attempt.
          if (!(error instanceof LostLeaseError)) await releaseBatch(db, batch).catch(() => {});
          throw error;
        }
      } else if (await hasUncut(db)) {
        const cut = await cutBatches(db, batchSize);
        worked = cut.batches > 0;
      }
      if (!batch && !worked) {
        if (options.once) break;
        if (options.idleWork) worked = (await options.idleWork(options.signal)) > 0;
      }
    } catch (error) {
      failures += 1;
      options.onError?.(error);
      if (options.once && failures >= 3) throw error;
      await sleep(Math.min(30_000, idle * 2 ** Math.min(failures, 7)), options.signal);
      continue;
    }
    if (!worked) await sleep(idle, options.signal);
  }
  totals.milliseconds = performance.now() - started;
  return totals;
}

/**
 * Scores everything committed so far and returns once every batch is DONE (waiting out another worker's
 * batch, or its lease when it died holding one): seeding and tests use it, with the worker's own code.
 */
export async function drainScoring(db: Db, options: Omit<WorkerOptions, "once"> = {}): Promise<WorkerTotals> {
  const started = performance.now();
  const totals: WorkerTotals = { batches: 0, scored: 0, alerts: 0, milliseconds: 0 };
  const workerId = options.workerId ?? `drain:${defaultWorkerId()}`;
  for (;;) {
    const run = await runWorker(db, { ...options, once: true, workerId });
    totals.batches += run.batches;
    totals.scored += run.scored;
    totals.alerts += run.alerts;
    if (options.signal?.aborted) break;
    const [open] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM scoring_batch WHERE status <> 'DONE'`;
    if (Number(open?.n ?? 0n) === 0 && !(await hasUncut(db))) break;
    await sleep(options.idlePollMs ?? IDLE_POLL_MS, options.signal);
  }
  totals.milliseconds = performance.now() - started;
  return totals;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}
