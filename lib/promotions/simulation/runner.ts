// The simulation runner: the worker calls runPendingSimulations in its idle time, as it does backtests. A
// simulation replays one promotion version over a past window of stored events with the rules' own
// decideRewards, so what it predicts is what the worker would have paid: the version's params with the
// window as its start and end, the budget from the params, per-customer limits tallied in memory, and the
// promotion alone (its real status, spend and the other promotions do not enter). It never writes a reward.
//
// Claiming and leases are the backtest runner's (lib/fraud/backtest/runner.ts): one UPDATE over a
// `FOR UPDATE SKIP LOCKED` pick, the heartbeat a runner wrote is its lease, a RUNNING run whose heartbeat is
// older than `staleAfterMs` is taken over, cancellation is a flag the next chunk's write sees. Unlike a
// backtest, a simulation's per-customer tallies (usage, customers reached) are too large to store after
// every chunk, so they live in this process: at the end of a slice the runner keeps its lease (a fresh
// heartbeat) and the state in memory, and resumes from them at its next call; another process takes over
// only a run gone stale (its runner died or stopped) and starts that one again from the window's start.
import pg from "pg";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { readParams, type PromotionParams } from "@/lib/promotions/params";
import { decideRewards as defaultDecide } from "@/lib/promotions/rules/decide";
import { NO_USAGE, type CustomerUsage, type DecideRewards, type PromotionToRun, type RewardEvent } from "@/lib/promotions/rules/types";
import { alertedCustomers, countEvents, FactsCache, loadChunk, streamOf, type Cursor, type EventRow, type EventStream, type Query } from "@/lib/promotions/simulation/events";
import { SimulationTally, type SimulationResult } from "@/lib/promotions/simulation/result";
import { windowOf } from "@/lib/promotions/simulation/window";
import { shanghaiDay } from "@/lib/time";

export interface SimulationRunOptions {
  /** Events per chunk. */
  chunkSize?: number;
  /** A RUNNING simulation without a heartbeat for this long is taken over. */
  staleAfterMs?: number;
  signal?: AbortSignal;
  /** At most this many simulations in this call (default: until none is left). */
  maxRuns?: number;
  /** Hand back after this long (between chunks), keeping the lease and the state for the next call. */
  sliceMs?: number;
  /** Tests: called after each chunk is stored. */
  afterChunk?: (simulationId: string, progress: number) => Promise<void> | void;
  /** Tests: the rules (default: lib/promotions/rules/decide.ts). */
  decide?: DecideRewards;
  /** db's database, which the events are read from over a plain pg connection of the runner's own. */
  connectionString: string;
}

export const DEFAULT_SIMULATION_CHUNK = 5_000;
export const DEFAULT_SIMULATION_STALE_MS = 30_000;

type Outcome = "DONE" | "CANCELLED" | "FAILED" | "LOST" | "STOPPED" | "PAUSED";

interface Usage {
  rewards: number;
  day: string;
  rewardsOnDay: number;
  costFen: bigint;
}

/** What a run keeps in memory between slices. */
interface RunState {
  id: string;
  lease: Date;
  promotion: PromotionToRun;
  params: PromotionParams;
  stream: EventStream;
  from: Date;
  to: Date;
  versionRowVersion: number;
  cursor: Cursor | null;
  progress: number;
  tally: SimulationTally;
  usage: Map<string, Usage>;
  facts: FactsCache;
  alerted: Map<string, { any: true; confirmed: boolean }>;
}

/** Runs this process holds between slices, by simulation id (one db client per process in practice). */
const held = new Map<string, RunState>();

/** Runs queued, held and abandoned simulations; returns how many reached an end state. */
export async function runPendingSimulations(db: Db, options: SimulationRunOptions): Promise<number> {
  let finished = 0;
  let runs = 0;
  // The event reads' own connection, opened only when there is a run to read for.
  let client: pg.Client | null = null;
  const query: Query = async <T>(sql: Prisma.Sql) => {
    if (!client) {
      client = new pg.Client({ connectionString: options.connectionString });
      await client.connect();
    }
    return (await client.query(sql.text, sql.values as unknown[])).rows as T[];
  };
  try {
    while (!options.signal?.aborted && (options.maxRuns === undefined || runs < options.maxRuns)) {
      const state = (await resumeHeld(db)) ?? (await claimNew(db, query, options.staleAfterMs ?? DEFAULT_SIMULATION_STALE_MS));
      if (!state) break;
      runs++;
      const outcome = await runState(db, query, state, options);
      if (outcome === "PAUSED") held.set(state.id, state);
      else held.delete(state.id);
      if (outcome === "DONE" || outcome === "CANCELLED" || outcome === "FAILED") finished++;
      if (outcome === "STOPPED" || outcome === "PAUSED") break;
    }
  } finally {
    await (client as pg.Client | null)?.end();
  }
  return finished;
}

function nextBeat(previous: Date): Date {
  return new Date(Math.max(Date.now(), previous.getTime() + 1));
}

/** A run this process paused, if its lease is still ours (nobody took it over, not cancelled meanwhile). */
async function resumeHeld(db: Db): Promise<RunState | null> {
  for (const [id, state] of held) {
    const beat = nextBeat(state.lease);
    const n = await db.$executeRaw`
      UPDATE promotion_simulation SET heartbeat_at = ${beat}
      WHERE id = ${id} AND status = 'RUNNING' AND heartbeat_at = ${state.lease}`;
    if (n === 1) {
      state.lease = beat;
      return state;
    }
    held.delete(id);
  }
  return null;
}

interface ClaimedRow {
  id: string;
  promotion_id: string;
  version_id: string;
  from_day: Date;
  to_day: Date;
  cancel_requested: boolean;
  heartbeat_at: Date;
}

async function claimNew(db: Db, query: Query, staleAfterMs: number): Promise<RunState | null> {
  for (;;) {
    const now = new Date();
    const staleBefore = new Date(now.getTime() - staleAfterMs);
    const ownIds = [...held.keys()];
    const rows = await db.$queryRaw<ClaimedRow[]>`
      UPDATE promotion_simulation SET status = 'RUNNING', started_at = coalesce(started_at, ${now}), heartbeat_at = ${now}
      WHERE id = (
        SELECT id FROM promotion_simulation
        WHERE (status = 'QUEUED' OR (status = 'RUNNING' AND (heartbeat_at IS NULL OR heartbeat_at < ${staleBefore})))
          AND NOT (id = ANY(${ownIds}::text[]))
        ORDER BY created_at, id
        FOR UPDATE SKIP LOCKED
        LIMIT 1)
      RETURNING id, promotion_id, version_id, from_day, to_day, cancel_requested, heartbeat_at`;
    const r = rows[0];
    if (!r) return null;
    if (r.cancel_requested) {
      await finishCancelled(db, r.id, r.heartbeat_at);
      continue;
    }
    try {
      return await startState(db, query, r);
    } catch (error) {
      await fail(db, r.id, r.heartbeat_at, error);
    }
  }
}

/** A fresh run (or a taken-over one, started again): the version's params over the window, tallies empty. */
async function startState(db: Db, query: Query, r: ClaimedRow): Promise<RunState> {
  const version = await db.promotionVersion.findUniqueOrThrow({ where: { id: r.version_id }, select: { id: true, params: true, rowVersion: true } });
  const { from, to } = windowOf(r.from_day, r.to_day);
  const stored = readParams(version.params);
  // The window is the simulated campaign's: the params' own dates are the future launch's.
  const params: PromotionParams = { ...stored, startsAt: from.toISOString(), endsAt: to.toISOString() };
  const stream = streamOf(params);
  const total = await countEvents(query, stream, params, from, to);
  const tally = new SimulationTally(BigInt(params.budgetFen));
  const beat = nextBeat(r.heartbeat_at);
  const n = await db.$executeRaw`
    UPDATE promotion_simulation SET total = ${total}, progress = 0, result = ${json(tally.toResult(version.rowVersion, null))}, heartbeat_at = ${beat}
    WHERE id = ${r.id} AND status = 'RUNNING' AND heartbeat_at = ${r.heartbeat_at}`;
  if (n !== 1) throw new Error("lease lost while starting");
  return {
    id: r.id,
    lease: beat,
    promotion: { id: r.promotion_id, versionId: version.id, params, remainingFen: tally.remainingFen },
    params,
    stream,
    from,
    to,
    versionRowVersion: version.rowVersion,
    cursor: null,
    progress: 0,
    tally,
    usage: new Map(),
    facts: new FactsCache(),
    alerted: await alertedCustomers(query, to),
  };
}

async function runState(db: Db, query: Query, s: RunState, options: SimulationRunOptions): Promise<Outcome> {
  const decide = options.decide ?? defaultDecide;
  const chunkSize = options.chunkSize ?? DEFAULT_SIMULATION_CHUNK;
  const sliceEnds = options.sliceMs === undefined ? Infinity : Date.now() + options.sliceMs;
  const firstPayments = s.params.type === "SIGNUP_BONUS" && s.params.bonusTrigger === "FIRST_PAYMENT";
  // The next chunk, read while this one is decided: on a real server the database and this process overlap.
  let next: Promise<EventRow[]> | null = null;
  try {
    for (;;) {
      if (options.signal?.aborted) return "STOPPED";
      const rows = await (next ?? loadChunk(query, s.stream, s.params, s.from, s.to, s.cursor, chunkSize));
      next = null;
      if (rows.length > 0) await s.facts.load(query, rows.map((r) => r.walletId), firstPayments);
      if (rows.length === chunkSize) {
        const last = rows[rows.length - 1]!;
        next = loadChunk(query, s.stream, s.params, s.from, s.to, { at: last.at.toISOString(), id: last.id }, chunkSize);
        next.catch(() => undefined);
      }
      for (const row of rows) {
        if (s.tally.remainingFen <= 0n) break;
        const customer = s.facts.get(row.walletId);
        if (!customer) continue;
        const event: RewardEvent =
          s.stream === "PAYMENT"
            ? { kind: "PAYMENT", transactionId: row.txId!, walletId: row.walletId, customerId: customer.customerId, amountFen: row.amountFen!, channel: row.channel!, mcc: row.mcc ?? null, at: row.at, firstPayment: firstPayments && s.facts.isFirstPayment(row.walletId, row.txId!) }
            : { kind: s.stream, walletId: row.walletId, customerId: customer.customerId, at: row.at };
        s.promotion.remainingFen = s.tally.remainingFen;
        const day = shanghaiDay(row.at);
        const decisions = decide(event, customer, [s.promotion], () => usageOn(s.usage.get(customer.customerId), day));
        for (const d of decisions) {
          s.tally.add(d, customer.customerId, row.mcc ?? null, s.alerted.get(customer.customerId));
          const u = s.usage.get(customer.customerId);
          if (!u) s.usage.set(customer.customerId, { rewards: 1, day: d.day, rewardsOnDay: 1, costFen: d.costFen });
          else {
            u.rewardsOnDay = u.day === d.day ? u.rewardsOnDay + 1 : 1;
            u.day = d.day;
            u.rewards++;
            u.costFen += d.costFen;
          }
        }
      }
      const exhausted = s.tally.remainingFen <= 0n;
      if (rows.length > 0) {
        const last = rows[rows.length - 1]!;
        s.cursor = { at: last.at.toISOString(), id: last.id };
        s.progress += rows.length;
      }
      // Once the budget is spent nothing more can be paid: the rest of the window changes no figure.
      if (rows.length < chunkSize || exhausted) return await finish(db, s);
      if (!(await store(db, s))) return await afterRefusedWrite(db, s);
      await options.afterChunk?.(s.id, s.progress);
      if (Date.now() >= sliceEnds) return "PAUSED";
    }
  } catch (error) {
    return fail(db, s.id, s.lease, error);
  } finally {
    // A read still in flight when the run pauses or ends is dropped (a paused run reads it again from its cursor).
    await next?.catch(() => undefined);
  }
}

function usageOn(u: Usage | undefined, day: string): CustomerUsage {
  if (!u) return NO_USAGE;
  return { rewards: u.rewards, rewardsOnDay: u.day === day ? u.rewardsOnDay : 0, costFen: u.costFen };
}

async function store(db: Db, s: RunState): Promise<boolean> {
  const beat = nextBeat(s.lease);
  const n = await db.$executeRaw`
    UPDATE promotion_simulation SET progress = ${s.progress}, result = ${json(s.tally.toResult(s.versionRowVersion, s.cursor))}, heartbeat_at = ${beat}
    WHERE id = ${s.id} AND status = 'RUNNING' AND heartbeat_at = ${s.lease} AND NOT cancel_requested`;
  if (n !== 1) return false;
  s.lease = beat;
  return true;
}

async function finish(db: Db, s: RunState): Promise<Outcome> {
  const n = await db.$executeRaw`
    UPDATE promotion_simulation SET status = 'DONE', progress = ${s.progress}, total = GREATEST(total, ${s.progress}),
      result = ${json(s.tally.toResult(s.versionRowVersion, s.cursor))}, finished_at = now(), heartbeat_at = ${nextBeat(s.lease)}
    WHERE id = ${s.id} AND status = 'RUNNING' AND heartbeat_at = ${s.lease} AND NOT cancel_requested`;
  return n === 1 ? "DONE" : afterRefusedWrite(db, s);
}

async function afterRefusedWrite(db: Db, s: RunState): Promise<Outcome> {
  const [row] = await db.$queryRaw<{ cancel_requested: boolean }[]>`
    SELECT cancel_requested FROM promotion_simulation WHERE id = ${s.id} AND status = 'RUNNING' AND heartbeat_at = ${s.lease}`;
  return row?.cancel_requested ? finishCancelled(db, s.id, s.lease) : "LOST";
}

async function finishCancelled(db: Db, id: string, lease: Date): Promise<Outcome> {
  const n = await db.$executeRaw`
    UPDATE promotion_simulation SET status = 'CANCELLED', finished_at = now()
    WHERE id = ${id} AND status = 'RUNNING' AND heartbeat_at = ${lease}`;
  return n === 1 ? "CANCELLED" : "LOST";
}

async function fail(db: Db, id: string, lease: Date, error: unknown): Promise<Outcome> {
  console.error(`[simulation ${id}] failed`, error);
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
  const n = await db.$executeRaw`
    UPDATE promotion_simulation SET status = 'FAILED', error = ${message}, finished_at = now()
    WHERE id = ${id} AND status = 'RUNNING' AND heartbeat_at = ${lease}`;
  return n === 1 ? "FAILED" : "LOST";
}

function json(result: SimulationResult): Prisma.Sql {
  return Prisma.sql`${JSON.stringify(result)}::jsonb`;
}
