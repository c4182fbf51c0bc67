// The scoring worker against the database: seeding drains the scoring, and the same alerts come out
// however the work is done again: a batch re-run, a worker that fails after writing its alerts, a worker
// process killed outright and restarted, two workers at once. Cutting waits for writers in flight, so the
// cursor never moves past an id that commits later.
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { historyAt, loadHistories, loadHistoryFor } from "@/lib/fraud/scoring/history";
import { activeRuleVersions } from "@/lib/fraud/scoring/versions";
import { claimBatch } from "@/lib/fraud/worker/claim";
import { cutBatches } from "@/lib/fraud/worker/cursor";
import { scoringLag } from "@/lib/fraud/worker/lag";
import { drainScoring, runWorker } from "@/lib/fraud/worker/run";
import { loadBatchTransactions, scoreBatch } from "@/lib/fraud/worker/score";
import { SCORED_STATUSES, SCORED_TYPES } from "@/lib/fraud/worker/scored-transactions";
import { recordTransactions, type NewTransaction } from "@/lib/transactions/record";
import { databaseUrl, freshPopulation, testDb } from "@/tests/support/database";

let db: Db;
/** rule|transaction|version|score of every alert the seed's single drain raised. */
let baseline: string[];
let inScope: number;

/** The alerts scoring raises. Promotion-farming alerts are raised by the promotions' abuse guard when a
 *  held reward is first written, not by the rules, so scoring the same transactions again does not repeat them. */
async function alertKeys(): Promise<string[]> {
  const rows = await db.$queryRaw<{ key: string }[]>`
    SELECT rule_id || '|' || transaction_id || '|' || rule_version_id || '|' || score AS key FROM fraud_alert
    WHERE rule_id <> 'rule_promotion_farming' ORDER BY 1`;
  return rows.map((r) => r.key);
}

async function resetScoring(): Promise<void> {
  await db.$executeRaw`DELETE FROM fraud_alert`;
  await db.$executeRaw`DELETE FROM scoring_batch`;
  await db.$executeRaw`DELETE FROM scoring_cursor`;
}

async function batchStates(): Promise<{ status: string; n: number }[]> {
  const rows = await db.$queryRaw<{ status: string; n: bigint }[]>`SELECT status::text, count(*) AS n FROM scoring_batch GROUP BY 1 ORDER BY 1`;
  return rows.map((r) => ({ status: r.status, n: Number(r.n) }));
}

async function scoredTotal(): Promise<number> {
  const [row] = await db.$queryRaw<{ n: bigint }[]>`SELECT coalesce(sum(scored), 0)::bigint AS n FROM scoring_batch WHERE status = 'DONE'`;
  return Number(row!.n);
}

function runWorkerProcess(args: string[]): { done: Promise<number | null>; kill: () => void } {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(process.cwd(), "scripts", "worker.ts"), "--quiet", ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl(), DATABASE_MIGRATION_URL: "" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const done = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { done, kill: () => child.kill("SIGKILL") };
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  db = testDb();
  await freshPopulation(db, { customers: 150, days: 20 });
  baseline = await alertKeys();
  const [row] = await db.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM "transaction"
    WHERE type::text = ANY(${SCORED_TYPES as string[]}::text[]) AND status::text = ANY(${SCORED_STATUSES as string[]}::text[])`;
  inScope = Number(row!.n);
});

afterAll(async () => {
  await db.$disconnect();
});

describe("seeding", () => {
  it("drains the scoring: every transaction cut, every batch done, every in-scope transaction scored once", async () => {
    expect(baseline.length).toBeGreaterThan(0);
    expect(await batchStates()).toEqual([{ status: "DONE", n: expect.any(Number) }]);
    expect(await scoredTotal()).toBe(inScope);
    const [cursor] = await db.$queryRaw<{ last_id: bigint; max_id: bigint }[]>`
      SELECT last_id, (SELECT max(id) FROM "transaction") AS max_id FROM scoring_cursor WHERE name = 'fraud'`;
    expect(cursor!.last_id).toBe(cursor!.max_id);
    const lag = await scoringLag(db);
    expect(lag.pendingTransactions).toBe(0);
    expect(lag.lagSeconds).toBe(0);
  });

  it("backdates the seeded alerts to their transactions and fills every column the pages read", async () => {
    const rows = await db.$queryRaw<{ same_time: boolean; ok: boolean }[]>`
      -- A promotion-farming alert on an activation or card-link bonus is anchored on the wallet's latest
      -- transaction but raised when the bonus was paid.
      SELECT (a.created_at = t.created_at OR a.rule_id = 'rule_promotion_farming') AS same_time,
        (a.customer_id = w.customer_id AND a.wallet_id = t.wallet_id AND a.amount_fen = t.amount_fen AND a.characteristic <> ''
          AND a.explanation ? 'zh-CN' AND a.explanation ? 'en' AND jsonb_typeof(a.evidence -> 'transactionIds') = 'array'
          AND jsonb_typeof(a.evidence -> 'facts') = 'object' AND a.status = 'OPEN') AS ok
      FROM fraud_alert a JOIN "transaction" t ON t.id = a.transaction_id JOIN wallet w ON w.id = t.wallet_id`;
    expect(rows.every((r) => r.same_time && r.ok)).toBe(true);
    const [cashback] = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM fraud_alert a JOIN "transaction" t ON t.id = a.transaction_id WHERE t.type = 'CASHBACK'`;
    expect(Number(cashback!.n)).toBe(0);
  });
});

describe("history", () => {
  it("cuts each transaction's history out of its wallet's timeline as a per-transaction query would", async () => {
    const [batch] = await db.$queryRaw<{ from_id: bigint; to_id: bigint }[]>`SELECT from_id, to_id FROM scoring_batch ORDER BY id DESC LIMIT 1`;
    const txs = (await loadBatchTransactions(db, batch!.from_id, batch!.to_id)).slice(0, 60);
    const timelines = await loadHistories(db, txs);
    for (const tx of txs) {
      const fromBatch = historyAt(timelines.get(tx.walletId)!, tx);
      const rows = await db.$queryRaw<{ id: bigint }[]>`
        SELECT id FROM "transaction" WHERE wallet_id = ${tx.walletId}
          AND created_at >= ${new Date(tx.createdAt.getTime() - 30 * 86_400_000)}
          AND (created_at < ${tx.createdAt} OR (created_at = ${tx.createdAt} AND id < ${tx.id}))
        ORDER BY created_at, id`;
      expect(fromBatch.prior.map((p) => p.id)).toEqual(rows.map((r) => r.id));
      const [last] = await db.$queryRaw<{ at: Date | null }[]>`
        SELECT max(created_at) AS at FROM "transaction" WHERE wallet_id = ${tx.walletId}
          AND created_at < ${new Date(tx.createdAt.getTime() - 30 * 86_400_000)}`;
      expect(fromBatch.lastActivityBeforeWindow?.getTime() ?? null).toBe(last!.at?.getTime() ?? null);
      // A proposed transaction one millisecond later sees the scored one too.
      const proposed = await loadHistoryFor(db, tx.walletId, new Date(tx.createdAt.getTime() + 1));
      expect(proposed.prior.map((p) => p.id)).toContain(tx.id);
      expect(proposed.customer.id).toBe(fromBatch.customer.id);
    }
  });
});

describe("the worker", () => {
  it("re-running a finished batch changes nothing", async () => {
    const before = await db.$queryRaw<{ id: string; created_at: Date }[]>`SELECT id, created_at FROM fraud_alert ORDER BY id`;
    const [batch] = await db.$queryRaw<{ id: bigint }[]>`SELECT id FROM scoring_batch WHERE alerts > 0 ORDER BY id LIMIT 1`;
    await db.$executeRaw`UPDATE scoring_batch SET status = 'PENDING' WHERE id = ${batch!.id}`;
    const run = await drainScoring(db, { workerId: "rerun" });
    expect(run.batches).toBe(1);
    expect(run.alerts).toBe(0);
    const after = await db.$queryRaw<{ id: string; created_at: Date }[]>`SELECT id, created_at FROM fraud_alert ORDER BY id`;
    expect(after).toEqual(before);
    expect(await alertKeys()).toEqual(baseline);
  });

  it("a worker failing after it wrote a batch's alerts leaves nothing behind, and the retry scores it once", async () => {
    await resetScoring();
    let failed = 0;
    let written = 0;
    const totals = await drainScoring(db, {
      workerId: "flaky",
      batchSize: 200,
      idlePollMs: 10,
      afterAlerts: async (tx) => {
        const [row] = await tx.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM fraud_alert`;
        if (failed < 2 && Number(row!.n) > written) {
          failed += 1;
          throw new Error("killed after writing alerts");
        }
        written = Number(row!.n);
      },
      onError: () => {},
    });
    expect(failed).toBe(2);
    expect(totals.scored).toBe(inScope);
    expect(await alertKeys()).toEqual(baseline);
    expect(await scoredTotal()).toBe(inScope);
  });

  it("a worker process killed mid-run and restarted loses and repeats nothing", async () => {
    await resetScoring();
    const first = runWorkerProcess(["--id", "killed", "--batch-size", "100"]);
    await waitFor(async () => (await batchStates()).some((s) => s.status === "DONE" && s.n >= 3), 60_000);
    first.kill();
    await first.done;
    const states = await batchStates();
    expect(states.some((s) => s.status !== "DONE")).toBe(true);
    // Another worker may not take the dead one's batch before its lease runs out; the dead worker's own
    // id, restarted, takes it back at once.
    const second = runWorkerProcess(["--id", "killed", "--batch-size", "100", "--once"]);
    expect(await second.done).toBe(0);
    expect(await batchStates()).toEqual([{ status: "DONE", n: expect.any(Number) }]);
    expect(await alertKeys()).toEqual(baseline);
    expect(await scoredTotal()).toBe(inScope);
  });

  it("a batch held by a dead worker is taken over when its lease runs out", async () => {
    await resetScoring();
    await cutBatches(db, 300);
    const held = await claimBatch(db, "dead", 300);
    expect(held).not.toBeNull();
    const other = await claimBatch(db, "alive", 60_000);
    expect(other!.id).not.toBe(held!.id);
    await new Promise((resolve) => setTimeout(resolve, 400));
    const run = await drainScoring(db, { workerId: "alive", idlePollMs: 20 });
    expect(run.scored).toBe(inScope);
    // The dead worker's late commit is refused: the batch is no longer its own.
    await expect(scoreBatch(db, held!, { versions: await activeRuleVersions(db) })).rejects.toThrow(/no longer held/);
    expect(await alertKeys()).toEqual(baseline);
  });

  it("two workers at once score every transaction exactly once", async () => {
    await resetScoring();
    const a = testDb();
    const b = testDb();
    try {
      const seen: Record<string, number> = { one: 0, two: 0 };
      const [one, two] = await Promise.all([
        drainScoring(a, { workerId: "one", batchSize: 100, idlePollMs: 5, onBatch: () => void (seen.one! += 1) }),
        drainScoring(b, { workerId: "two", batchSize: 100, idlePollMs: 5, onBatch: () => void (seen.two! += 1) }),
      ]);
      expect(one.scored + two.scored).toBe(inScope);
      expect(seen.one).toBeGreaterThan(0);
      expect(seen.two).toBeGreaterThan(0);
      const [attempts] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM scoring_batch WHERE attempts <> 1`;
      expect(Number(attempts!.n)).toBe(0);
      expect(await alertKeys()).toEqual(baseline);
    } finally {
      await a.$disconnect();
      await b.$disconnect();
    }
  });

  it("the loop scores new transactions as they are committed and stops on its signal", async () => {
    const stop = new AbortController();
    const worker = runWorker(db, { workerId: "live", idlePollMs: 20, signal: stop.signal });
    const [wallet] = await db.$queryRaw<{ id: string }[]>`SELECT id FROM wallet ORDER BY id LIMIT 1`;
    await db.$transaction((tx) => recordTransactions(tx, [newRow(wallet!.id, new Date())]));
    await waitFor(async () => (await scoringLag(db)).pendingTransactions === 0, 10_000);
    stop.abort();
    const totals = await worker;
    expect(totals.scored).toBe(1);
  });
});

describe("cutting", () => {
  it("waits for a writer in flight, so the cursor never passes an id that commits later", async () => {
    await drainScoring(db, { workerId: "before" });
    const [wallet] = await db.$queryRaw<{ id: string }[]>`SELECT id FROM wallet ORDER BY id LIMIT 1`;
    const writer = testDb();
    const cutter = testDb();
    try {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let written!: () => void;
      const inFlight = new Promise<void>((resolve) => (written = resolve));
      let committedAt = 0;
      const write = writer
        .$transaction(
          async (tx) => {
            await recordTransactions(tx, [newRow(wallet!.id, new Date())]);
            written();
            await gate;
          },
          { timeout: 30_000 },
        )
        .then(() => (committedAt = performance.now()));
      await inFlight;
      let cutAt = 0;
      const cut = cutBatches(cutter, 500).then((result) => {
        cutAt = performance.now();
        return result;
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(cutAt).toBe(0);
      release();
      await write;
      const result = await cut;
      expect(cutAt).toBeGreaterThanOrEqual(committedAt);
      const [newest] = await db.$queryRaw<{ id: bigint }[]>`SELECT max(id) AS id FROM "transaction"`;
      expect(result.toId).toBe(newest!.id);
      await drainScoring(db, { workerId: "after" });
      expect((await scoringLag(db)).pendingTransactions).toBe(0);
    } finally {
      await writer.$disconnect();
      await cutter.$disconnect();
    }
  });
});

describe("the timeline cache", () => {
  it("scores live-like traffic (each batch across many wallets) exactly as loading every history does", async () => {
    // Random rows of the last 30 days copied after the newest, in random order: batches span many wallets
    // and consecutive batches revisit them, so the cache serves most histories.
    await db.$executeRaw`
      INSERT INTO "transaction" (wallet_id, type, status, amount_fen, currency, channel, merchant_name, mcc, counterparty_wallet_id,
        counterparty_name, card_id, country, cross_border, device_id, ip, created_at)
      SELECT wallet_id, type, status, amount_fen, currency, channel, merchant_name, mcc, counterparty_wallet_id, counterparty_name,
        card_id, country, cross_border, device_id, ip, newest + n * interval '7 seconds'
      FROM (
        SELECT t.*, row_number() OVER (ORDER BY md5(t.id::text)) AS n, max(t.created_at) OVER () AS newest
        FROM "transaction" t WHERE t.created_at > (SELECT max(created_at) - interval '30 days' FROM "transaction")
        ORDER BY md5(t.id::text) LIMIT 3000
      ) x ORDER BY n`;
    await resetScoring();
    const plain = await drainScoring(db, { workerId: "plain", batchSize: 100, cacheWallets: 0 });
    const expected = await alertKeys();
    await resetScoring();
    const cached = await drainScoring(db, { workerId: "cached", batchSize: 100 });
    expect(cached.scored).toBe(plain.scored);
    expect(cached.alerts).toBe(plain.alerts);
    expect(await alertKeys()).toEqual(expected);
    // A small cache that forgets wallets all the time gives the same.
    await resetScoring();
    await drainScoring(db, { workerId: "tiny", batchSize: 100, cacheWallets: 7 });
    expect(await alertKeys()).toEqual(expected);
  });
});

function newRow(walletId: string, at: Date): NewTransaction {
  return {
    walletId,
    type: "PAYMENT",
    status: "SUCCEEDED",
    amountFen: 1_234n,
    channel: "QR",
    merchantName: "测试商户",
    mcc: "5411",
    deviceId: "test-device",
    ip: "10.0.0.1",
    createdAt: at,
  };
}
