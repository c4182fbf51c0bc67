// The backtest runner: the scoring worker calls runPendingBacktests when it has nothing to score. A
// backtest runs the draft version and the live version (the active one when it was queued) of one rule over
// a past window of stored transactions, with the same code as the worker (loadHistories, historyAt,
// evaluateRules, the worker's scope), and counts what each would have raised; it never writes an alert.
//
// Claiming: one UPDATE over a `FOR UPDATE SKIP LOCKED` pick, so two runners never take the same backtest;
// a RUNNING backtest whose heartbeat is older than `staleAfterMs` is taken over (its runner died). The
// heartbeat value a runner wrote is its lease: every write says `WHERE heartbeat_at = <mine>`, so a runner
// that was only slow finds its lease gone and stops. Work goes in chunks (reads, then one short UPDATE of
// progress, counts and the cursor), so the embedded database's one session is never held for long and a
// takeover resumes from the last chunk. Cancellation is a flag the next chunk sees.
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FraudPattern } from "@/lib/generated/prisma/enums";
import { ruleByCode } from "@/lib/fraud/rules";
import { paramsSchema } from "@/lib/fraud/rules/params";
import type { ScoredTransaction } from "@/lib/fraud/rules/types";
import { evaluateRules } from "@/lib/fraud/scoring/evaluate";
import { historyAt, loadHistories } from "@/lib/fraud/scoring/history";
import type { RuleVersionToRun } from "@/lib/fraud/scoring/versions";
import { IN_SCORED_SCOPE, SCORED_COLUMNS, scoredTransactionOf, type ScoredTransactionRow } from "@/lib/fraud/worker/scored-transactions";
import { plantedIncidents, qualityOf, tallyAlert } from "@/lib/fraud/backtest/metrics";
import { emptyResult, readResult, type BacktestResult } from "@/lib/fraud/backtest/result";
import { windowOf } from "@/lib/fraud/backtest/window";
import { numericParams, runParams } from "@/lib/fraud/versions/params";
import { shanghaiDay } from "@/lib/time";

export interface BacktestRunOptions {
  /** Transactions per chunk. */
  chunkSize?: number;
  /** A RUNNING backtest without a heartbeat for this long is taken over. */
  staleAfterMs?: number;
  /** Stops between chunks (the backtest stays RUNNING and is taken over once stale). */
  signal?: AbortSignal;
  /** At most this many backtests in this call (default: until none is left). */
  maxRuns?: number;
  /** Hand the backtest back after this long (between chunks; any runner resumes it at once from its cursor),
   *  so a worker that runs backtests while idle goes back to scoring new transactions within a second or so. */
  sliceMs?: number;
  /** Tests: called after each chunk is stored. */
  afterChunk?: (backtestId: string, progress: number) => Promise<void> | void;
}

export const DEFAULT_CHUNK = 500;
export const DEFAULT_STALE_MS = 30_000;

interface Claimed {
  id: string;
  ruleVersionId: string;
  baselineVersionId: string | null;
  fromDay: Date;
  toDay: Date;
  progress: number;
  total: number;
  result: unknown;
  cancelRequested: boolean;
  lease: Date;
}

type Outcome = "DONE" | "CANCELLED" | "FAILED" | "LOST" | "STOPPED" | "PAUSED";

/** Runs queued (and abandoned) backtests until none is left; returns how many reached an end state. */
export async function runPendingBacktests(db: Db, options: BacktestRunOptions = {}): Promise<number> {
  let finished = 0;
  let runs = 0;
  while (!options.signal?.aborted && (options.maxRuns === undefined || runs < options.maxRuns)) {
    const claimed = await claimBacktest(db, options.staleAfterMs ?? DEFAULT_STALE_MS);
    if (!claimed) break;
    runs++;
    const outcome = await runClaimed(db, claimed, options);
    if (outcome === "DONE" || outcome === "CANCELLED" || outcome === "FAILED") finished++;
    if (outcome === "STOPPED" || outcome === "PAUSED") break;
  }
  return finished;
}

/** A new heartbeat, strictly after the previous one, to the millisecond the column keeps. */
function nextBeat(previous: Date): Date {
  return new Date(Math.max(Date.now(), previous.getTime() + 1));
}

async function claimBacktest(db: Db, staleAfterMs: number): Promise<Claimed | null> {
  const now = new Date();
  const staleBefore = new Date(now.getTime() - staleAfterMs);
  const rows = await db.$queryRaw<{ id: string; rule_version_id: string; baseline_version_id: string | null; from_day: Date; to_day: Date; progress: number; total: number; result: unknown; cancel_requested: boolean; heartbeat_at: Date }[]>`
    UPDATE fraud_backtest SET status = 'RUNNING', started_at = coalesce(started_at, ${now}), heartbeat_at = ${now}
    WHERE id = (
      SELECT id FROM fraud_backtest
      WHERE status = 'QUEUED' OR (status = 'RUNNING' AND (heartbeat_at IS NULL OR heartbeat_at < ${staleBefore}))
      ORDER BY created_at, id
      FOR UPDATE SKIP LOCKED
      LIMIT 1)
    RETURNING id, rule_version_id, baseline_version_id, from_day, to_day, progress, total, result, cancel_requested, heartbeat_at`;
  const r = rows[0];
  if (!r) return null;
  return { id: r.id, ruleVersionId: r.rule_version_id, baselineVersionId: r.baseline_version_id, fromDay: r.from_day, toDay: r.to_day, progress: r.progress, total: r.total, result: r.result, cancelRequested: r.cancel_requested, lease: r.heartbeat_at };
}

async function runClaimed(db: Db, claimed: Claimed, options: BacktestRunOptions): Promise<Outcome> {
  let lease = claimed.lease;
  try {
    if (claimed.cancelRequested) return await finishCancelled(db, claimed.id, lease);
    const versions = await versionsToRun(db, claimed);
    const definition = ruleByCode(versions.code);
    const { from, to } = windowOf(claimed.fromDay, claimed.toDay);
    let result = readResult(claimed.result) ?? emptyResult(versions.draftRowVersion);
    let progress = claimed.progress;

    if (result.cursor === null && progress === 0) {
      const total = await countWindow(db, from, to);
      const beat = nextBeat(lease);
      const updated = await db.$executeRaw`
        UPDATE fraud_backtest SET total = ${total}, result = ${json(result)}, heartbeat_at = ${beat}
        WHERE id = ${claimed.id} AND status = 'RUNNING' AND heartbeat_at = ${lease} AND NOT cancel_requested`;
      if (updated !== 1) return await afterRefusedWrite(db, claimed.id, lease);
      lease = beat;
    }

    const chunkSize = options.chunkSize ?? DEFAULT_CHUNK;
    const sliceEnds = options.sliceMs === undefined ? Infinity : Date.now() + options.sliceMs;
    for (;;) {
      if (options.signal?.aborted) return "STOPPED";
      const txs = await loadChunk(db, from, to, result.cursor, chunkSize);
      if (txs.length === 0) break;
      const timelines = await loadHistories(db, txs);
      for (const tx of txs) {
        const timeline = timelines.get(tx.walletId);
        if (!timeline) continue;
        const history = historyAt(timeline, tx);
        const day = shanghaiDay(tx.createdAt);
        const counts = (result.days[day] ??= [0, 0]);
        if (versions.draft && evaluateRules(tx, history, [versions.draft]).length > 0) {
          counts[0]++;
          tallyAlert(result.tallies.draft, tx.label);
        }
        if (versions.live && evaluateRules(tx, history, [versions.live]).length > 0) {
          counts[1]++;
          tallyAlert(result.tallies.live, tx.label);
        }
        if (counts[0] === 0 && counts[1] === 0) delete result.days[day];
      }
      const last = txs[txs.length - 1]!;
      result = { ...result, cursor: { at: last.createdAt.toISOString(), id: String(last.id) } };
      progress += txs.length;
      const beat = nextBeat(lease);
      const updated = await db.$executeRaw`
        UPDATE fraud_backtest SET progress = ${progress}, result = ${json(result)}, heartbeat_at = ${beat}
        WHERE id = ${claimed.id} AND status = 'RUNNING' AND heartbeat_at = ${lease} AND NOT cancel_requested`;
      if (updated !== 1) return await afterRefusedWrite(db, claimed.id, lease);
      lease = beat;
      await options.afterChunk?.(claimed.id, progress);
      if (txs.length < chunkSize) break;
      if (Date.now() >= sliceEnds) {
        // A RUNNING backtest without a heartbeat is free to claim (claimBacktest), from the stored cursor.
        const released = await db.$executeRaw`
          UPDATE fraud_backtest SET heartbeat_at = NULL WHERE id = ${claimed.id} AND status = 'RUNNING' AND heartbeat_at = ${lease}`;
        return released === 1 ? "PAUSED" : "LOST";
      }
    }

    const incidents = await plantedIncidents(db, from, to);
    const targets: readonly FraudPattern[] = definition?.targets ?? [];
    result = { ...result, quality: { draft: qualityOf(result.tallies.draft, targets, incidents), live: qualityOf(result.tallies.live, targets, incidents) } };
    const done = await db.$executeRaw`
      UPDATE fraud_backtest SET status = 'DONE', progress = ${progress}, total = GREATEST(total, ${progress}), result = ${json(result)},
        finished_at = now(), heartbeat_at = ${nextBeat(lease)}
      WHERE id = ${claimed.id} AND status = 'RUNNING' AND heartbeat_at = ${lease} AND NOT cancel_requested`;
    if (done !== 1) return await afterRefusedWrite(db, claimed.id, lease);
    return "DONE";
  } catch (error) {
    console.error(`[backtest ${claimed.id}] failed`, error);
    const message = error instanceof Error ? error.message.slice(0, 500) : String(error).slice(0, 500);
    const failed = await db.$executeRaw`
      UPDATE fraud_backtest SET status = 'FAILED', error = ${message}, finished_at = now()
      WHERE id = ${claimed.id} AND status = 'RUNNING' AND heartbeat_at = ${lease}`;
    return failed === 1 ? "FAILED" : "LOST";
  }
}

/** A chunk's write was refused: cancelled (then this runner, still holding the lease, ends it) or lost. */
async function afterRefusedWrite(db: Db, id: string, lease: Date): Promise<Outcome> {
  const [row] = await db.$queryRaw<{ cancel_requested: boolean }[]>`
    SELECT cancel_requested FROM fraud_backtest WHERE id = ${id} AND status = 'RUNNING' AND heartbeat_at = ${lease}`;
  if (row?.cancel_requested) return finishCancelled(db, id, lease);
  return "LOST";
}

async function finishCancelled(db: Db, id: string, lease: Date): Promise<Outcome> {
  const n = await db.$executeRaw`
    UPDATE fraud_backtest SET status = 'CANCELLED', finished_at = now()
    WHERE id = ${id} AND status = 'RUNNING' AND heartbeat_at = ${lease}`;
  return n === 1 ? "CANCELLED" : "LOST";
}

function json(result: BacktestResult): Prisma.Sql {
  return Prisma.sql`${JSON.stringify(result)}::jsonb`;
}

interface VersionsToRun {
  code: string;
  draft: RuleVersionToRun | null;
  live: RuleVersionToRun | null;
  draftRowVersion: number;
}

/** The backtested version and the live one as evaluation runs them; a switched-off version raises nothing. */
async function versionsToRun(db: Db, claimed: Claimed): Promise<VersionsToRun> {
  const ids = claimed.baselineVersionId ? [claimed.ruleVersionId, claimed.baselineVersionId] : [claimed.ruleVersionId];
  const rows = await db.fraudRuleVersion.findMany({
    where: { id: { in: ids } },
    select: { id: true, ruleId: true, severity: true, enabled: true, params: true, rowVersion: true, rule: { select: { code: true } } },
  });
  const draftRow = rows.find((r) => r.id === claimed.ruleVersionId);
  if (!draftRow) throw new Error(`rule version ${claimed.ruleVersionId} not found`);
  // The rule's spec decides the parameters (evaluation does not fill them): the stored values over the
  // defaults, as the worker's versions are read, and nothing the spec does not name.
  const definition = ruleByCode(draftRow.rule.code);
  // Parameters the rule refuses make the version unrunnable, as the worker leaves such a version out.
  const paramsOf = (stored: Record<string, number>) => {
    if (!definition) return null;
    const parsed = paramsSchema(definition).safeParse(runParams(definition, stored));
    return parsed.success ? parsed.data : null;
  };
  const toRun = (r: (typeof rows)[number]): RuleVersionToRun | null => {
    const params = r.enabled ? paramsOf(numericParams(r.params)) : null;
    return params ? { id: r.id, ruleId: r.ruleId, code: r.rule.code, severity: r.severity, params } : null;
  };
  const liveRow = rows.find((r) => r.id === claimed.baselineVersionId);
  return { code: draftRow.rule.code, draft: toRun(draftRow), live: liveRow ? toRun(liveRow) : null, draftRowVersion: draftRow.rowVersion };
}

async function countWindow(db: Db, from: Date, to: Date): Promise<number> {
  const [row] = await db.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM "transaction"
    WHERE created_at >= ${from} AND created_at < ${to} AND ${IN_SCORED_SCOPE}`;
  return Number(row?.n ?? 0n);
}

type LabelledTransaction = ScoredTransaction & { id: bigint; label: { fraudPattern: FraudPattern | null; fraudIncident: string | null } };

interface ChunkRow extends ScoredTransactionRow {
  fraud_pattern: FraudPattern | null;
  fraud_incident: string | null;
}

/** The window's next transactions the worker would score, after the cursor, in (created_at, id) order. */
async function loadChunk(db: Db, from: Date, to: Date, cursor: BacktestResult["cursor"], limit: number): Promise<LabelledTransaction[]> {
  const after = cursor ? Prisma.sql`AND (created_at, id) > (${new Date(cursor.at)}::timestamptz, ${BigInt(cursor.id)}::bigint)` : Prisma.empty;
  const rows = await db.$queryRaw<ChunkRow[]>`
    SELECT ${SCORED_COLUMNS}, fraud_pattern::text AS fraud_pattern, fraud_incident
    FROM "transaction"
    WHERE created_at >= ${from} AND created_at < ${to} ${after} AND ${IN_SCORED_SCOPE}
    ORDER BY created_at, id
    LIMIT ${limit}`;
  return rows.map((r) => ({ ...scoredTransactionOf(r), label: { fraudPattern: r.fraud_pattern, fraudIncident: r.fraud_incident } }));
}
