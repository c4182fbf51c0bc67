import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import type { FraudPattern } from "@/lib/generated/prisma/enums";
import { storedRuleQuality } from "@/lib/fraud/backtest/metrics";
import { FRAUD_RULES, ruleIdFor } from "@/lib/fraud/rules";
import { drainScoring } from "@/lib/fraud/worker/run";
import { FRAUD_PATTERNS, SIM_THRESHOLDS } from "@/lib/sim/fraud";
import { LiveSimulator } from "@/lib/sim/live";
import { NEAR_MISS_RULES } from "@/lib/sim/near-miss";
import type { SimOptions } from "@/lib/sim/options";
import { generatePopulation, type CustomerBundle } from "@/lib/sim/population";
import { createRandom } from "@/lib/sim/random";
import { watchlist } from "@/lib/sim/reference";
import { freshPopulation, testDb } from "@/tests/support/database";

let db: Db;
let options: SimOptions;
let nearMisses: NonNullable<CustomerBundle["nearMiss"]>[];

/** Patterns that fit the window: dormancy needs a window longer than the rule's idle period. */
function plantable(days: number): FraudPattern[] {
  return FRAUD_PATTERNS.filter((p) => p !== "DORMANT_REACTIVATION" || days >= SIM_THRESHOLDS.dormantDays + 6);
}

beforeAll(async () => {
  db = testDb();
  options = await freshPopulation(db);
  // The near-misses are not labelled in the database: the generator says which rows they are.
  nearMisses = [];
  for (const bundle of generatePopulation(options, watchlist(createRandom(options.seed).fork("watchlist"), options.now).people)) {
    if (bundle.nearMiss) nearMisses.push(bundle.nearMiss);
  }
});

afterAll(async () => {
  await db.$disconnect();
});

describe("planted fraud on the integration population", () => {
  it("plants every pattern the window allows at least once, each incident labelled with one id and one pattern", async () => {
    const incidents = await db.$queryRaw<{ incident: string | null; pattern: FraudPattern; patterns: bigint; n: bigint }[]>`
      SELECT fraud_incident AS incident, min(fraud_pattern::text)::"FraudPattern" AS pattern,
        count(DISTINCT fraud_pattern) AS patterns, count(*) AS n
      FROM "transaction" WHERE fraud_pattern IS NOT NULL GROUP BY fraud_incident`;
    expect(incidents.every((i) => i.incident !== null)).toBe(true);
    expect(incidents.every((i) => i.patterns === 1n)).toBe(true);
    const seen = new Set(incidents.map((i) => i.pattern));
    for (const pattern of plantable(options.days)) expect(seen.has(pattern), pattern).toBe(true);
    // An incident is its wallet's: every row of it belongs to the wallet named in its id.
    const foreign = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "transaction" WHERE fraud_incident IS NOT NULL AND split_part(fraud_incident, ':', 1) <> wallet_id`;
    expect(foreign[0]!.n).toBe(0n);
  });

  it("has near-misses for every rule the window allows, unlabelled, in the database", async () => {
    const rules = new Set(nearMisses.map((n) => n.rule));
    for (const rule of NEAR_MISS_RULES) if (rule !== "DORMANT_REACTIVATION" || options.days >= SIM_THRESHOLDS.dormantDays + 6) expect(rules.has(rule), rule).toBe(true);
    for (const nearMiss of nearMisses.slice(0, 20)) {
      const row = nearMiss.rows[0]!;
      const stored = await db.transaction.findMany({ where: { walletId: nearMiss.walletId, createdAt: row.createdAt, amountFen: row.amountFen }, select: { fraudPattern: true } });
      expect(stored.length, `${nearMiss.rule} on ${nearMiss.walletId}`).toBeGreaterThan(0);
      expect(stored.every((s) => s.fraudPattern === null)).toBe(true);
    }
  });

  it("keeps plants and near-misses within the wallet's single limit, structuring on class III wallets", async () => {
    const over = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "transaction" t JOIN wallet w ON w.id = t.wallet_id
      WHERE t.fraud_pattern IS NOT NULL AND t.amount_fen > w.single_limit_fen`;
    expect(over[0]!.n).toBe(0n);
    const limits = new Map((await db.wallet.findMany({ where: { id: { in: nearMisses.map((n) => n.walletId) } }, select: { id: true, singleLimitFen: true } })).map((w) => [w.id, w.singleLimitFen]));
    const nearMissOver = nearMisses.flatMap((n) => n.rows.filter((r) => r.amountFen > limits.get(n.walletId)!).map((r) => `${n.rule} ${r.type} ${r.amountFen}`));
    expect(nearMissOver).toEqual([]);
    const structuring = await db.$queryRaw<{ tier: number }[]>`
      SELECT DISTINCT w.tier::int AS tier FROM "transaction" t JOIN wallet w ON w.id = t.wallet_id WHERE t.fraud_pattern = 'STRUCTURING'`;
    expect(structuring.map((s) => s.tier)).toEqual([3]);
  });
});

/** Target rule codes of each pattern. */
function targetsOf(pattern: FraudPattern): string[] {
  return FRAUD_RULES.filter((r) => r.targets.includes(pattern)).map((r) => r.code);
}

describe("scored by the worker (seeding drains the scoring)", () => {
  it("raises, for every planted incident, an alert of a rule that targets its pattern", async () => {
    const rows = await db.$queryRaw<{ incident: string; pattern: FraudPattern; codes: string[] | null }[]>`
      SELECT t.fraud_incident AS incident, min(t.fraud_pattern::text)::"FraudPattern" AS pattern,
        array_agg(DISTINCT r.code) FILTER (WHERE r.code IS NOT NULL) AS codes
      FROM "transaction" t
      LEFT JOIN fraud_alert a ON a.transaction_id = t.id
      LEFT JOIN fraud_rule r ON r.id = a.rule_id
      WHERE t.fraud_incident IS NOT NULL
      GROUP BY t.fraud_incident`;
    expect(rows.length).toBeGreaterThanOrEqual(plantable(options.days).length);
    const missed = rows.filter((r) => !(r.codes ?? []).some((code) => targetsOf(r.pattern).includes(code)));
    expect(missed.map((m) => `${m.incident} (alerts: ${(m.codes ?? []).join(", ") || "none"})`)).toEqual([]);
  });

  it("raises no alert of the rule a near-miss is near", async () => {
    const fired: string[] = [];
    for (const nearMiss of nearMisses) {
      for (const row of nearMiss.rows) {
        const alerts = await db.$queryRaw<{ n: bigint }[]>`
          SELECT count(*) AS n FROM fraud_alert a JOIN "transaction" t ON t.id = a.transaction_id
          WHERE t.wallet_id = ${nearMiss.walletId} AND t.created_at = ${row.createdAt} AND t.amount_fen = ${row.amountFen}
            AND a.rule_id = ${ruleIdFor(nearMiss.rule)}`;
        if (alerts[0]!.n > 0n) fired.push(`${nearMiss.rule} on ${nearMiss.walletId} at ${row.createdAt.toISOString()}`);
      }
    }
    expect(fired).toEqual([]);
  });

  it("gives every rule full recall of its planted patterns (metrics.ts), and most rules full precision", async () => {
    const from = new Date(options.now.getTime() - (options.days + 1) * 86_400_000);
    const to = new Date(options.now.getTime() + 1);
    const precise: string[] = [];
    for (const rule of FRAUD_RULES) {
      if (!rule.targets.some((t) => plantable(options.days).includes(t))) continue;
      const quality = await storedRuleQuality(db, { ruleId: ruleIdFor(rule.code), targets: rule.targets }, from, to);
      expect(quality.incidents, rule.code).toBeGreaterThan(0);
      if (rule.code !== "LOCATION_MISMATCH") expect(quality.recall, rule.code).toBe(1);
      if (quality.precision === 1) precise.push(rule.code);
    }
    // ACCOUNT_TAKEOVER is LOCATION_MISMATCH's target too; it is caught by NEW_DEVICE_HIGH_VALUE as well.
    expect(precise.length).toBeGreaterThanOrEqual(8);
  });
});

describe("live mode", () => {
  it("writes everyday transactions now and plants each pattern it can, labelled, on active wallets only", async () => {
    const before = await db.transaction.count();
    const simulator = new LiveSimulator(db, { seed: 11, rate: 5, fraudEverySeconds: 1, durationSeconds: 1 });
    expect(await simulator.load()).toBeGreaterThan(20);
    const started = Date.now();
    expect(await simulator.tick(12)).toBeGreaterThanOrEqual(12);
    const planted = [];
    for (const pattern of plantable(0)) {
      const incident = await simulator.plant(pattern);
      expect(incident, pattern).not.toBeNull();
      planted.push(incident!);
    }
    expect(await db.transaction.count()).toBeGreaterThan(before + 12);
    for (const incident of planted) {
      const rows = await db.transaction.findMany({ where: { fraudIncident: incident.incident }, select: { walletId: true, fraudPattern: true, createdAt: true } });
      expect(rows.length, incident.pattern).toBe(incident.transactions);
      expect(rows.every((r) => r.walletId === incident.walletId && r.fraudPattern === incident.pattern)).toBe(true);
      // Ends now (night running falls in the last night, a few hours back at most a day).
      const latest = Math.max(...rows.map((r) => r.createdAt.getTime()));
      expect(latest).toBeLessThanOrEqual(Date.now());
      if (incident.pattern !== "NIGHT_RUNNING") expect(latest).toBeGreaterThanOrEqual(started - 1_000);
    }
    const frozen = await db.wallet.count({ where: { id: { in: planted.map((p) => p.walletId) }, status: { not: "ACTIVE" } } });
    expect(frozen).toBe(0);
    // The worker raises an alert of a target rule for each live incident.
    await drainScoring(db, { workerId: "fraud-planted" });
    for (const incident of planted) {
      const codes = await db.$queryRaw<{ code: string }[]>`
        SELECT DISTINCT r.code FROM fraud_alert a JOIN fraud_rule r ON r.id = a.rule_id JOIN "transaction" t ON t.id = a.transaction_id
        WHERE t.fraud_incident = ${incident.incident}`;
      expect(codes.some((c) => targetsOf(incident.pattern).includes(c.code)), `${incident.pattern}: ${codes.map((c) => c.code).join(", ")}`).toBe(true);
    }
  });

  it("plants near-misses live that raise none of their rule's alerts", async () => {
    const simulator = new LiveSimulator(db, { seed: 13, rate: 0, fraudEverySeconds: 0, durationSeconds: 1 });
    await simulator.load();
    const planted = [];
    for (const rule of NEAR_MISS_RULES.filter((r) => r !== "DORMANT_REACTIVATION")) {
      const nearMiss = await simulator.plantNearMiss(rule);
      expect(nearMiss, rule).not.toBeNull();
      planted.push(nearMiss!);
    }
    await drainScoring(db, { workerId: "fraud-planted-near" });
    for (const nearMiss of planted) {
      for (const row of nearMiss.rows) {
        const [stored] = await db.$queryRaw<{ id: bigint; fraud_pattern: string | null }[]>`
          SELECT id, fraud_pattern::text AS fraud_pattern FROM "transaction" WHERE wallet_id = ${nearMiss.walletId} AND created_at = ${row.createdAt} AND amount_fen = ${row.amountFen}`;
        expect(stored, nearMiss.rule).toBeDefined();
        expect(stored!.fraud_pattern).toBeNull();
        const alerts = await db.fraudAlert.count({ where: { transactionId: stored!.id, ruleId: ruleIdFor(nearMiss.rule) } });
        expect(alerts, `${nearMiss.rule} on ${nearMiss.walletId}`).toBe(0);
      }
    }
  });

  it("leaves a frozen wallet alone", async () => {
    const simulator = new LiveSimulator(db, { seed: 12, rate: 5, fraudEverySeconds: 0, durationSeconds: 1, poolSize: 5 });
    await simulator.load();
    const wallets = await db.wallet.findMany({ where: { status: "ACTIVE" }, orderBy: { id: "asc" }, take: 5, select: { id: true } });
    await db.wallet.updateMany({ where: { id: { in: wallets.map((w) => w.id) } }, data: { status: "FROZEN" } });
    const before = await db.transaction.count();
    expect(await simulator.tick(10)).toBe(0);
    expect(await db.transaction.count()).toBe(before);
    await db.wallet.updateMany({ where: { id: { in: wallets.map((w) => w.id) } }, data: { status: "ACTIVE" } });
  });
});
