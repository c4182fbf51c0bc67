// `npm run bench -- --only promotions` (simulation part): one promotion simulated over 90 days of
// 10,000,000 stored transactions, the way the worker runs it (lib/promotions/simulation/runner.ts).
// Builds, or reuses, its own population in a fixed past window (90 Shanghai days ending 2026-05-31, before
// any seeded history): synthetic customers and wallets, 10,000,000 transactions (about 78 % successful
// payments, the rest top-ups, transfers and failures) spread evenly over the window, and fraud alerts on 2 %
// of the customers. The rows are written by SQL (generate_series) with the table's secondary indexes
// dropped for the load and rebuilt exactly as defined, then analysed, as scripts/bench/transactions-fill.ts
// does. Then it times whole simulations: a percentage cashback with a per-day limit (every successful
// payment is an event), the same with larger chunks, one whose channel/category/minimum filters go to
// SQL, and a wallet-opening bonus; plus the plan of the chunk query.
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { createPrismaClient, type Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { promotionColumns } from "@/lib/promotions/columns";
import { emptyPromotionParams, type PromotionParams } from "@/lib/promotions/params";
import { latestSimulationOf } from "@/lib/promotions/simulation/read";
import { runPendingSimulations } from "@/lib/promotions/simulation/runner";
import { windowOf } from "@/lib/promotions/simulation/window";
import { dateOnly } from "@/lib/time";

const FROM_DAY = "2026-03-03";
const TO_DAY = "2026-05-31";
const PREFIX = "bsim";
const STAFF_ID = "staff_bench_simulation";

export interface SimulationBenchOptions {
  rows?: number;
  customers?: number;
  /** Also time the main simulation with chunks of 20,000. */
  chunkVariant?: boolean;
}

const fmt = (n: number) => n.toLocaleString("en");

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const started = performance.now();
  const value = await fn();
  return { value, seconds: (performance.now() - started) / 1000 };
}

async function windowRows(db: Db): Promise<number> {
  const { from, to } = windowOf(FROM_DAY, TO_DAY);
  const [row] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "transaction" WHERE created_at >= ${from} AND created_at < ${to}`;
  return Number(row?.n ?? 0n);
}

/** The population: reused when the window already holds `rows` transactions. */
export async function buildPopulation(db: Db, rows: number, customers: number): Promise<{ built: boolean; seconds: number }> {
  if ((await windowRows(db)) >= rows) return { built: false, seconds: 0 };
  const started = performance.now();
  const { from } = windowOf(FROM_DAY, TO_DAY);
  const spanSeconds = 90 * 86_400;
  await db.$executeRaw`DELETE FROM fraud_alert WHERE customer_id LIKE ${PREFIX + "%"}`;
  await db.$executeRaw`DELETE FROM "transaction" WHERE wallet_id LIKE ${PREFIX + "%"}`;
  await db.$executeRaw`DELETE FROM wallet WHERE id LIKE ${PREFIX + "%"}`;
  await db.$executeRaw`DELETE FROM customer WHERE id LIKE ${PREFIX + "%"}`;
  await db.$executeRaw`
    INSERT INTO customer (id, name, name_pinyin, pinyin_key, phone, id_number, birth_date, gender, province, city, created_at)
    SELECT ${PREFIX} || '_c' || i, '测试' || i, 'ce shi', 'ceshi', '139' || lpad(i::text, 8, '0'), '11010119900101' || lpad((i % 10000)::text, 4, '0'),
      DATE '1990-01-01', CASE WHEN i % 2 = 0 THEN 'F' ELSE 'M' END,
      (ARRAY['广东省','浙江省','江苏省','上海市','北京市','四川省','湖北省','山东省','河南省','福建省'])[1 + i % 10], '城市',
      ${from}::timestamptz - (i % 700) * interval '1 day'
    FROM generate_series(1, ${customers}) AS i`;
  await db.$executeRaw`
    INSERT INTO wallet (id, customer_id, status, tier, single_limit_fen, daily_limit_fen, annual_limit_fen, created_at, activated_at)
    SELECT ${PREFIX} || '_w' || i, ${PREFIX} || '_c' || i, 'ACTIVE', 1 + i % 3, 500000, 1000000, 20000000,
      ${from}::timestamptz - interval '1 day', ${from}::timestamptz + ((i * 7919) % ${spanSeconds}) * interval '1 second'
    FROM generate_series(1, ${customers}) AS i`;
  const indexes = await db.$queryRaw<{ name: string; definition: string }[]>`
    SELECT indexname AS name, indexdef AS definition FROM pg_indexes
    WHERE schemaname = current_schema() AND tablename = 'transaction' AND indexname <> 'transaction_pkey'`;
  for (const index of indexes) await db.$executeRawUnsafe(`DROP INDEX "${index.name}"`);
  try {
    const batch = 1_000_000;
    for (let done = 0; done < rows; done += batch) {
      const n = Math.min(batch, rows - done);
      await db.$transaction(
        async (tx) => {
          await tx.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`);
          // Spread evenly over the window (each row a pseudo-random second), wallets and amounts pseudo-random.
          await tx.$executeRaw`
            INSERT INTO "transaction" (wallet_id, type, status, amount_fen, channel, mcc, merchant_name, device_id, ip, created_at)
            SELECT ${PREFIX} || '_w' || (1 + (g % ${customers})),
              (CASE WHEN h % 10 < 8 THEN 'PAYMENT' WHEN h % 10 = 8 THEN 'TOP_UP' ELSE 'TRANSFER_OUT' END)::"TransactionType",
              (CASE WHEN (h / 7) % 50 = 0 THEN 'FAILED' ELSE 'SUCCEEDED' END)::"TransactionStatus",
              100 + (h / 13) % 50000,
              (CASE WHEN h % 10 >= 8 THEN 'BANK_TRANSFER' ELSE (ARRAY['APP','QR','NFC','ONLINE'])[1 + (h / 3) % 4] END)::"TransactionChannel",
              CASE WHEN h % 10 < 8 THEN (ARRAY['5411','5499','5812','5814','4121','4111','5311','5399','5732','5912','7832','4814'])[1 + (h / 11) % 12] END,
              CASE WHEN h % 10 < 8 THEN '商户' || (h / 17) % 5000 END,
              'dev-' || (g % ${customers}), '10.0.0.1',
              ${from}::timestamptz + (((i::bigint * 104729) % ${spanSeconds}) + (i % 1000) / 1000.0) * interval '1 second'
            FROM (SELECT i, abs(hashint8(i::bigint)) AS h, abs(hashint8(-i::bigint)) AS g FROM generate_series(${done + 1}::bigint, ${done + n}::bigint) AS i) s`;
        },
        { timeout: 1_800_000 },
      );
      console.log(`  ${fmt(done + n)} transactions`);
    }
  } finally {
    for (const index of indexes) await db.$executeRawUnsafe(index.definition);
  }
  await db.$executeRawUnsafe(`VACUUM ANALYZE "transaction"`);
  await plantAlerts(db, customers);
  await db.$executeRawUnsafe(`ANALYZE wallet`);
  await db.$executeRawUnsafe(`ANALYZE customer`);
  return { built: true, seconds: (performance.now() - started) / 1000 };
}

/** A bench rule and one alert on 2 % of the customers (a fifth of them CONFIRMED), on one of their payments. */
async function plantAlerts(db: Db, customers: number): Promise<void> {
  await db.$executeRaw`
    INSERT INTO fraud_rule (id, code, name, description, severity) VALUES ('rule_bench_sim', 'BENCH_SIM', 'bench', 'bench', 'LOW') ON CONFLICT DO NOTHING`;
  await db.$executeRaw`
    INSERT INTO fraud_rule_version (id, rule_id, version, params, status, severity)
    VALUES ('rule_bench_sim_v1', 'rule_bench_sim', 1, '{}'::jsonb, 'ACTIVE', 'LOW') ON CONFLICT DO NOTHING`;
  await db.$executeRaw`
    INSERT INTO fraud_alert (id, rule_id, rule_version_id, transaction_id, customer_id, wallet_id, amount_fen, score, severity, status, explanation, evidence, characteristic, created_at)
    SELECT ${PREFIX} || '_a' || i, 'rule_bench_sim', 'rule_bench_sim_v1', t.id, ${PREFIX} || '_c' || i, ${PREFIX} || '_w' || i, t.amount_fen, 50, 'LOW',
      (CASE WHEN i % 250 = 0 THEN 'CONFIRMED' ELSE 'OPEN' END)::"AlertStatus", '{}'::jsonb, '{}'::jsonb, 'bench', t.created_at
    FROM generate_series(50, ${customers}, 50) AS i
    CROSS JOIN LATERAL (SELECT id, amount_fen, created_at FROM "transaction" WHERE wallet_id = ${PREFIX} || '_w' || i ORDER BY created_at, id LIMIT 1) t
    ON CONFLICT DO NOTHING`;
}

let sequence = 0;
async function simulate(db: Db, url: string, params: PromotionParams, chunkSize?: number) {
  const id = `promo_bench_sim_${Date.now()}_${++sequence}`;
  await db.promotion.create({ data: { id, ...promotionColumns(params), params: params as unknown as Prisma.InputJsonValue, status: "DRAFT", createdById: STAFF_ID } });
  const version = await db.promotionVersion.create({ data: { promotionId: id, number: 1, params: params as unknown as Prisma.InputJsonValue, status: "DRAFT", authorId: STAFF_ID }, select: { id: true } });
  await db.promotionSimulation.create({ data: { promotionId: id, versionId: version.id, fromDay: dateOnly(FROM_DAY), toDay: dateOnly(TO_DAY), status: "QUEUED", requestedById: STAFF_ID } });
  const load = loadavg()[0]!;
  const cpu = process.cpuUsage();
  const run = await timed(() => runPendingSimulations(db, { connectionString: url, chunkSize, maxRuns: 1 }));
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const view = await latestSimulationOf(db, version.id);
  if (!view || view.status !== "DONE" || !view.result) throw new Error(`simulation ended ${view?.status}: ${view?.error}`);
  return { seconds: run.seconds, cpuSeconds, load: Math.max(load, loadavg()[0]!), events: view.progress, result: view.result };
}

function base(overrides: Partial<PromotionParams>): PromotionParams {
  return { ...emptyPromotionParams("2027-01-01T00:00:00+08:00", "2027-03-31T00:00:00+08:00"), name: "bench", ...overrides };
}

export async function benchPromotionSimulation(url: string, options: SimulationBenchOptions = {}): Promise<string> {
  const rows = options.rows ?? 10_000_000;
  const customers = options.customers ?? 200_000;
  const db = createPrismaClient(url);
  try {
    await db.staffUser.upsert({ where: { id: STAFF_ID }, create: { id: STAFF_ID, email: "bench-simulation@wallet.bank", name: "Bench", passwordHash: "not-for-signing-in", roles: ["MARKETING"] }, update: {} });
    const population = await buildPopulation(db, rows, customers);
    const inWindow = await windowRows(db);
    const { from, to } = windowOf(FROM_DAY, TO_DAY);
    const [payments] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "transaction" WHERE type = 'PAYMENT' AND status = 'SUCCEEDED' AND created_at >= ${from} AND created_at < ${to}`;
    const plan = await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
      `EXPLAIN (ANALYZE, BUFFERS) SELECT id, wallet_id, amount_fen, channel::text AS channel, mcc, created_at FROM "transaction"
       WHERE type = 'PAYMENT' AND status = 'SUCCEEDED' AND created_at >= $1 AND created_at < $2 AND (created_at, id) > ($3::timestamptz, 0::bigint)
       ORDER BY created_at, id LIMIT 5000`, from, to, new Date(from.getTime() + 45 * 86_400_000));

    const percent = base({ type: "CASHBACK_PERCENT", percentBps: 500, perTransactionCapFen: 2_000, maxRewardsPerCustomerPerDay: 3, budgetFen: 10_000_000_000 });
    const runs = [
      { label: "5 % cashback, cap ¥20, 3 a day per customer; chunks of 5,000 (the default)", r: await simulate(db, url, percent) },
      ...(options.chunkVariant ? [{ label: "the same, chunks of 20,000", r: await simulate(db, url, percent, 20_000) }] : []),
      { label: "满 ¥200 返 ¥10 on QR at supermarkets and convenience stores (channel, MCCs and threshold in SQL)", r: await simulate(db, url, base({ type: "CASHBACK_FIXED", percentBps: null, perTransactionCapFen: null, thresholdFen: 20_000, rewardFen: 1_000, channels: ["QR"], mccs: ["5411", "5499"], budgetFen: 10_000_000_000 })) },
      { label: "¥5 bonus on wallet opening (200,000 openings)", r: await simulate(db, url, base({ type: "SIGNUP_BONUS", percentBps: null, perTransactionCapFen: null, bonusTrigger: "WALLET_ACTIVATION", rewardFen: 500, budgetFen: 10_000_000_000 })) },
    ];
    const lines = [
      `### Promotion simulation: 90 days of ${fmt(inWindow)} transactions`,
      "",
      `Window ${FROM_DAY} to ${TO_DAY} (Shanghai), ${fmt(inWindow)} transactions of which ${fmt(Number(payments?.n ?? 0n))} successful payments, ${fmt(customers)} customers and wallets, fraud alerts on 2 % of them.`,
      population.built ? `Population built in ${population.seconds.toFixed(0)} s (SQL, indexes rebuilt, analysed).` : "Population reused from an earlier run.",
      "",
      "| simulation | events replayed | wall time | events/s | runner CPU | load average (2 cores) | rewards | customers | cost | alerted share |",
      "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
      ...runs.map(({ label, r }) =>
        `| ${label} | ${fmt(r.events)} | ${r.seconds.toFixed(1)} s | ${fmt(Math.round(r.events / r.seconds))} | ${r.cpuSeconds.toFixed(1)} s | ${r.load.toFixed(1)} | ${fmt(r.result.rewards)} | ${fmt(r.result.customers)} | ¥${fmt(Number(BigInt(r.result.costFen) / 100n))} | ${(Number(r.result.alertedCostFen) / Math.max(1, Number(r.result.costFen)) * 100).toFixed(1)} % |`),
      "",
      "Each time covers the whole run as the worker does it: claiming, counting the window for the progress bar, loading the alerted customers, reading the events in keyset chunks on (created_at, id), wallet/customer facts once per wallet, the rules' decideRewards per event, and a progress write per chunk.",
      "",
      "Plan of one chunk read (the middle of the window):",
      "",
      "```",
      ...plan.map((p) => p["QUERY PLAN"]),
      "```",
    ];
    return lines.join("\n");
  } finally {
    await db.$disconnect();
  }
}
