// Benchmark: what the promotions' rewards add to the fraud scoring worker's per-transaction cost. Seeds a
// population, then scores its whole history again with the worker's own code (one worker, batches of 500)
// over the same rows: rewards switched off (the worker as before issue 12), rewards on with no promotion
// running (the fast path: one EXISTS probe per batch), 20 active promotions in a realistic bank mix
// (targeted by merchant-category group, channel, tier and province: a payment matches 0-2 of them), and the
// same number in a heavy worst-case mix (five stackable points multipliers paying almost every payment).
// Each mix runs in full (lock, read usage, decide, abuse guard, write rewards and CASHBACK credits) and
// evaluation-only (lock, read usage, decide; nothing written), so the evaluation's own overhead shows.
// Each configuration runs twice, alternating; between runs the rewards and their credits are deleted.
// Target (issue 12): 20 active promotions add at most 20 % per transaction.
//   node --import tsx scripts/bench/promotions-worker.ts [--customers N] [--days D] [--write]
// against DATABASE_URL (a running server; BENCH_DB_PID = its postmaster's pid to count its CPU).
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { truncateAll } from "@/lib/db/reset";
import { drainScoring } from "@/lib/fraud/worker/run";
import { promotionColumns } from "@/lib/promotions/columns";
import type { RewardOptions } from "@/lib/promotions/rewards";
import { emptyPromotionParams, readParams, type PromotionParams } from "@/lib/promotions/params";
import { simOptions } from "@/lib/sim/options";
import { seedDatabase } from "@/lib/sim/seed";

export interface PromotionsWorkerBenchOptions {
  url: string;
  /** How the report names the database: "PostgreSQL 15", "embedded PGlite". */
  target: string;
  customers?: number;
  days?: number;
  batchSize?: number;
  /** The database server's pid, to count its CPU and its children's (Postgres backends) from /proc. */
  databasePid?: number;
}

interface Run {
  label: string;
  scored: number;
  rewards: number;
  seconds: number;
  workerCpu: number;
  databaseCpu: number | null;
}

const NOW = new Date("2026-11-27T04:00:00Z");

export async function benchPromotionsWorker(options: PromotionsWorkerBenchOptions): Promise<string> {
  const customers = options.customers ?? 1_500;
  const days = options.days ?? 40;
  const batchSize = options.batchSize ?? 500;
  await migrate(options.url);
  await truncateAll(options.url);
  const db = createPrismaClient(options.url);
  try {
    const seed = await seedDatabase(db, simOptions({ customers, days, seed: 3, now: NOW }));
    // The seeded calendar out of the way: the runs choose what is running.
    await db.promotion.updateMany({ where: { status: { in: ["ACTIVE", "PAUSED", "SCHEDULED"] } }, data: { status: "ENDED" } });
    const [span] = await db.$queryRaw<{ first: Date }[]>`SELECT min(created_at) AS first FROM "transaction"`;
    const realistic = await createPromotions(db, span!.first, "bench_real_", REALISTIC);
    const heavy = await createPromotions(db, span!.first, "bench_promo_", HEAVY);
    await clearRewards(db);

    const runs: Run[] = [];
    for (let round = 1; round <= 2; round++) {
      runs.push(await measure(db, options, `rewards off (the worker before issue 12), run ${round}`, batchSize, false, null));
      runs.push(await measure(db, options, `rewards on, no promotion running, run ${round}`, batchSize, undefined, null));
      runs.push(await measure(db, options, `20 promotions, realistic mix, evaluation only, run ${round}`, batchSize, { evaluateOnly: true }, realistic));
      runs.push(await measure(db, options, `20 promotions, realistic mix, run ${round}`, batchSize, undefined, realistic));
      runs.push(await measure(db, options, `20 promotions, heavy mix, evaluation only, run ${round}`, batchSize, { evaluateOnly: true }, heavy));
      runs.push(await measure(db, options, `20 promotions, heavy mix, run ${round}`, batchSize, undefined, heavy));
    }
    const best = (prefix: string) => runs.filter((r) => r.label.startsWith(prefix) && r.label.slice(prefix.length).startsWith(", run")).reduce((a, b) => (perTx(a) <= perTx(b) ? a : b));
    const off = best("rewards off (the worker before issue 12)");
    const idle = best("rewards on, no promotion running");
    const realEval = best("20 promotions, realistic mix, evaluation only");
    const real = best("20 promotions, realistic mix");
    const heavyEval = best("20 promotions, heavy mix, evaluation only");
    const heavyRun = best("20 promotions, heavy mix");
    const [payments] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "transaction" WHERE type = 'PAYMENT' AND status = 'SUCCEEDED'`;
    const pct = (r: Run) => `${((perTx(r) / perTx(off) - 1) * 100).toFixed(1)} %`;
    const lines = [
      `### Rewards in the scoring worker on ${options.target}`,
      "",
      `${customers.toLocaleString("en")} customers over ${days} days: ${seed.transactions.toLocaleString("en")} transactions ` +
        `(${Number(payments!.n).toLocaleString("en")} successful payments), the whole history scored by one worker in batches of ${batchSize} ids, ` +
        `all fraud rules on. Realistic mix: 20 targeted promotions (cashback by merchant-category group — supermarkets, coffee, restaurants, ` +
        `department stores, transit, pharmacies, electronics, hotels, travel, utilities, cinemas, fuel, digital goods — each limited by channel, ` +
        `tier, province or minimum amount; three stackable points multipliers limited to some channels; a first-payment and an activation bonus). ` +
        `Heavy mix: 6 percentage and 5 fixed cashback with broad filters, 5 stackable points multipliers (most on every channel), 2 first-payment ` +
        `and 2 activation bonuses. Every window covers the whole history. "Evaluation only" locks the promotions, reads usage and decides, and ` +
        `writes nothing.`,
      "",
      "| run | transactions scored | rewards written | seconds (wall) | µs per transaction (wall) | worker CPU µs / tx | database CPU µs / tx |",
      "|---|---:|---:|---:|---:|---:|---:|",
      ...runs.map(
        (r) =>
          `| ${r.label} | ${r.scored.toLocaleString("en")} | ${r.rewards.toLocaleString("en")} | ${r.seconds.toFixed(1)} | ${perTx(r).toFixed(0)} | ${((r.workerCpu * 1e6) / r.scored).toFixed(0)} | ${r.databaseCpu === null ? "n/a" : ((r.databaseCpu * 1e6) / r.scored).toFixed(0)} |`,
      ),
      "",
      `- Best of two, per transaction (wall), against rewards off ${perTx(off).toFixed(0)} µs: no promotion running ${perTx(idle).toFixed(0)} µs (${pct(idle)}); ` +
        `realistic mix, evaluation only ${perTx(realEval).toFixed(0)} µs (${pct(realEval)}); realistic mix ${perTx(real).toFixed(0)} µs (${pct(real)}, ` +
        `${(real.rewards / Math.max(1, real.scored)).toFixed(2)} rewards per scored transaction); heavy mix, evaluation only ${perTx(heavyEval).toFixed(0)} µs (${pct(heavyEval)}); ` +
        `heavy mix ${perTx(heavyRun).toFixed(0)} µs (${pct(heavyRun)}, ${(heavyRun.rewards / Math.max(1, heavyRun.scored)).toFixed(2)} rewards per scored transaction). ` +
        `Target: at most +20 % with 20 active promotions.`,
      `- measured ${new Date().toISOString().slice(0, 10)} on ${process.platform}/${process.arch}, Node ${process.version}, 2 cores shared with other work (other engineers' builds and tests)`,
      "",
    ];
    return lines.join("\n");
  } finally {
    await db.$disconnect();
  }
}

function perTx(run: Run): number {
  return (run.seconds * 1e6) / Math.max(1, run.scored);
}

async function measure(db: Db, options: PromotionsWorkerBenchOptions, label: string, batchSize: number, promotions: RewardOptions | false | undefined, active: string[] | null): Promise<Run> {
  await clearRewards(db);
  await db.promotion.updateMany({ where: { OR: [{ id: { startsWith: "bench_promo_" } }, { id: { startsWith: "bench_real_" } }] }, data: { status: "ENDED" } });
  if (active) await db.promotion.updateMany({ where: { id: { in: active } }, data: { status: "ACTIVE" } });
  await db.$executeRaw`DELETE FROM fraud_alert`;
  await db.$executeRaw`DELETE FROM scoring_batch`;
  await db.$executeRaw`DELETE FROM scoring_cursor`;
  await db.$executeRaw`VACUUM ANALYZE`.catch(() => {});
  const dbBefore = databaseCpu(options.databasePid);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const totals = await drainScoring(db, { workerId: "bench-promotions", batchSize, idlePollMs: 5, promotions });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const dbAfter = databaseCpu(options.databasePid);
  const [rewards] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM promotion_reward`;
  const run: Run = {
    label,
    scored: totals.scored,
    rewards: Number(rewards!.n),
    seconds,
    workerCpu: (cpu.user + cpu.system) / 1e6,
    databaseCpu: dbBefore === null || dbAfter === null ? null : dbAfter - dbBefore,
  };
  console.log(`${label}: ${run.scored} scored, ${run.rewards} rewards, ${seconds.toFixed(1)} s, ${perTx(run).toFixed(0)} µs/tx`);
  return run;
}

/** Every reward and what it wrote, so the next run pays anew (the credits' rows go too). */
async function clearRewards(db: Db): Promise<void> {
  await db.$executeRaw`DELETE FROM promotion_clawback`;
  await db.$executeRaw`DELETE FROM promotion_reward`;
  await db.$executeRaw`DELETE FROM "transaction" WHERE type IN ('CASHBACK', 'CASHBACK_CLAWBACK') AND device_id = 'system'`;
  await db.$executeRaw`UPDATE promotion SET spent_fen = 0`;
}

/** 20 targeted promotions as a bank runs them: a payment typically matches 0-2. */
const REALISTIC: Partial<PromotionParams>[] = [
  { type: "CASHBACK_PERCENT", percentBps: 500, perTransactionCapFen: 1_500, channels: ["QR"], mccs: ["5411", "5499"], minAmountFen: 5_000, maxRewardsPerCustomerPerDay: 1 },
  { type: "CASHBACK_FIXED", thresholdFen: 3_000, rewardFen: 300, mccs: ["5814"], channels: ["QR"], perCustomerBudgetFen: 3_000 },
  { type: "CASHBACK_PERCENT", percentBps: 300, perTransactionCapFen: 3_000, mccs: ["5812"], tiers: [3], minAmountFen: 10_000 },
  { type: "CASHBACK_FIXED", thresholdFen: 20_000, rewardFen: 1_000, mccs: ["5311"], channels: ["APP"], maxRewardsPerCustomer: 3 },
  { type: "CASHBACK_PERCENT", percentBps: 200, perTransactionCapFen: 1_000, mccs: ["5399", "5309"], provinces: ["广东省", "广州市"] },
  { type: "CASHBACK_FIXED", thresholdFen: 500, rewardFen: 100, mccs: ["4111", "4121", "4112"], channels: ["NFC", "QR"], maxRewardsPerCustomerPerDay: 2 },
  { type: "CASHBACK_PERCENT", percentBps: 500, perTransactionCapFen: 1_000, mccs: ["5912"], tiers: [3], perCustomerBudgetFen: 5_000 },
  { type: "CASHBACK_PERCENT", percentBps: 400, perTransactionCapFen: 5_000, mccs: ["5732"], channels: ["ONLINE"], minAmountFen: 50_000 },
  { type: "CASHBACK_FIXED", thresholdFen: 50_000, rewardFen: 5_000, mccs: ["7011"], tiers: [3] },
  { type: "CASHBACK_PERCENT", percentBps: 200, perTransactionCapFen: 5_000, mccs: ["4511", "4722"], channels: ["ONLINE", "APP"] },
  { type: "CASHBACK_FIXED", thresholdFen: 5_000, rewardFen: 500, mccs: ["4814", "4900"], channels: ["APP"], maxRewardsPerCustomer: 2 },
  { type: "CASHBACK_PERCENT", percentBps: 1_000, perTransactionCapFen: 1_000, mccs: ["7832"], maxRewardsPerCustomer: 4 },
  { type: "CASHBACK_PERCENT", percentBps: 300, perTransactionCapFen: 2_000, mccs: ["5977", "5944", "5651"], provinces: ["上海市", "浙江省", "江苏省"] },
  { type: "CASHBACK_FIXED", thresholdFen: 20_000, rewardFen: 1_000, mccs: ["5541"], channels: ["NFC", "APP"] },
  { type: "CASHBACK_PERCENT", percentBps: 500, perTransactionCapFen: 500, mccs: ["5816"], channels: ["ONLINE"], newCustomerDays: 30 },
  { type: "POINTS_MULTIPLIER", multiplierX100: 200, channels: ["NFC"], stackable: true },
  { type: "POINTS_MULTIPLIER", multiplierX100: 300, channels: ["QR"], mccs: ["5814", "5812"], stackable: true, maxRewardsPerCustomer: 20 },
  { type: "POINTS_MULTIPLIER", multiplierX100: 150, channels: ["ONLINE"], tiers: [3], minAmountFen: 20_000, stackable: true },
  { type: "SIGNUP_BONUS", bonusTrigger: "FIRST_PAYMENT", rewardFen: 1_000, stackable: true },
  { type: "SIGNUP_BONUS", bonusTrigger: "WALLET_ACTIVATION", rewardFen: 1_000 },
];

/** The worst case: broad filters and five stackable points multipliers, about 2 rewards per scored transaction. */
const HEAVY: Partial<PromotionParams>[] = [
  { type: "CASHBACK_PERCENT", percentBps: 500, perTransactionCapFen: 2_000, channels: ["QR"], mccs: ["5411", "5812", "5814"], minAmountFen: 5_000 },
  { type: "CASHBACK_PERCENT", percentBps: 200, perTransactionCapFen: 1_000, channels: ["ONLINE"], perCustomerBudgetFen: 5_000 },
  { type: "CASHBACK_PERCENT", percentBps: 300, perTransactionCapFen: 10_000, minAmountFen: 20_000, tiers: [2, 3] },
  { type: "CASHBACK_PERCENT", percentBps: 100, perTransactionCapFen: 500, provinces: ["广东省", "浙江省", "江苏省"], maxRewardsPerCustomerPerDay: 3 },
  { type: "CASHBACK_PERCENT", percentBps: 800, perTransactionCapFen: 800, channels: ["NFC"], maxRewardsPerCustomer: 20 },
  { type: "CASHBACK_PERCENT", percentBps: 150, perTransactionCapFen: 3_000, mccs: ["5311", "5399", "5691"] },
  { type: "CASHBACK_FIXED", thresholdFen: 3_000, rewardFen: 300, mccs: ["4111", "4121", "4112"], perCustomerBudgetFen: 3_000 },
  { type: "CASHBACK_FIXED", thresholdFen: 10_000, rewardFen: 500, channels: ["APP", "QR"], maxRewardsPerCustomer: 10 },
  { type: "CASHBACK_FIXED", thresholdFen: 2_500, rewardFen: 200, mccs: ["5814"], perCustomerBudgetFen: 2_000 },
  { type: "CASHBACK_FIXED", thresholdFen: 50_000, rewardFen: 2_000, tiers: [3] },
  { type: "CASHBACK_FIXED", thresholdFen: 5_000, rewardFen: 100, newCustomerDays: 365, maxRewardsPerCustomerPerDay: 1 },
  { type: "POINTS_MULTIPLIER", multiplierX100: 200, channels: ["QR", "NFC", "ONLINE"], stackable: true },
  { type: "POINTS_MULTIPLIER", multiplierX100: 150, stackable: true, perCustomerBudgetFen: 20_000 },
  { type: "POINTS_MULTIPLIER", multiplierX100: 300, channels: ["APP"], stackable: true, maxRewardsPerCustomer: 50 },
  { type: "POINTS_MULTIPLIER", multiplierX100: 500, mccs: ["5411"], stackable: true },
  { type: "POINTS_MULTIPLIER", multiplierX100: 120, tiers: [2, 3], stackable: true },
  { type: "SIGNUP_BONUS", bonusTrigger: "FIRST_PAYMENT", rewardFen: 1_000, stackable: true },
  { type: "SIGNUP_BONUS", bonusTrigger: "FIRST_PAYMENT", rewardFen: 500, tiers: [2, 3], stackable: true },
  { type: "SIGNUP_BONUS", bonusTrigger: "WALLET_ACTIVATION", rewardFen: 1_000 },
  { type: "SIGNUP_BONUS", bonusTrigger: "CARD_LINK", rewardFen: 800 },
];

async function createPromotions(db: Db, first: Date, prefix: string, specs: readonly Partial<PromotionParams>[]): Promise<string[]> {
  const startsAt = new Date(first.getTime() - 86_400_000).toISOString();
  const endsAt = new Date(NOW.getTime() + 30 * 86_400_000).toISOString();
  const base = { ...emptyPromotionParams(startsAt, endsAt), percentBps: null, perTransactionCapFen: null, budgetFen: 1_000_000_000 };
  const ids: string[] = [];
  for (const [i, spec] of specs.entries()) {
    const params = readParams({ ...base, name: `基准活动 ${prefix}${i + 1}`, priority: 10 + i, ...spec });
    const id = `${prefix}${String(i + 1).padStart(2, "0")}`;
    await db.promotion.create({ data: { id, ...promotionColumns(params), params, status: "ENDED", createdById: "staff_marketing" } });
    await db.promotionVersion.create({ data: { id: `${id}_v1`, promotionId: id, number: 1, params, status: "APPROVED", authorId: "staff_marketing", decidedById: "staff_manager", decidedAt: NOW } });
    await db.promotion.update({ where: { id }, data: { liveVersionId: `${id}_v1` } });
    ids.push(id);
  }
  return ids;
}

function databaseCpu(root: number | undefined): number | null {
  if (!root || !existsSync(`/proc/${root}/stat`)) return null;
  let total = 0;
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      if (Number(pid) === root || Number(fields[1]) === root) total += (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      // exited in between
    }
  }
  return total;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values } = parseArgs({ options: { customers: { type: "string" }, days: { type: "string" }, write: { type: "boolean" }, target: { type: "string" } } });
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("set DATABASE_URL (and DATABASE_MIGRATION_URL for the owner login)");
  const report = await benchPromotionsWorker({
    url,
    target: values.target ?? "PostgreSQL",
    customers: values.customers ? Number(values.customers) : undefined,
    days: values.days ? Number(values.days) : undefined,
    databasePid: process.env.BENCH_DB_PID ? Number(process.env.BENCH_DB_PID) : undefined,
  });
  console.log(report);
  if (values.write) writeFileSync(path.join("docs", "bench-promotions-worker.md"), `# Promotions: rewards in the scoring worker\n\n${report}`);
}
