// The analytics rollups equal what the raw tables say: after the seed, after the live simulator has
// written for a while, and after a range has been damaged and rebuilt. Every rollup is compared cell by
// cell with a GROUP BY over the raw rows (both directions of the difference must be empty), and the
// readers (lib/analytics/rollups/read.ts) are checked against raw totals.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { NO_FILTERS } from "@/lib/analytics/filters";
import { readFunnel, readHourOfDay, readHourlyTotals, readTransactionTotals, readWalletDaily } from "@/lib/analytics/rollups/read";
import { HOURLY_KEEP_DAYS, rebuildRollups, refreshWalletAndFunnelRollups } from "@/lib/analytics/rollups/rebuild";
import { LiveSimulator } from "@/lib/sim/live";
import { addDaysToDay, shanghaiDay, startOfShanghaiDay } from "@/lib/time";
import { freshPopulation, testDb } from "@/tests/support/database";

let db: Db;
const seededAt = new Date("2026-11-11T06:30:00Z");

beforeAll(async () => {
  db = testDb();
  await freshPopulation(db, { now: seededAt });
}, 600_000);

afterAll(async () => {
  await db.$disconnect();
});

const local = `t.created_at AT TIME ZONE 'Asia/Shanghai'`;
const rawSource = `"transaction" t JOIN wallet w ON w.id = t.wallet_id JOIN customer c ON c.id = w.customer_id`;

/** The rows of `a` not in `b` and of `b` not in `a` (at most 5 of each), as text. */
async function difference(a: string, b: string): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ side: string; row: string }[]>(
    `(SELECT 'rollup' AS side, x::text AS row FROM ((${a}) EXCEPT ALL (${b})) x LIMIT 5)
     UNION ALL
     (SELECT 'raw' AS side, x::text AS row FROM ((${b}) EXCEPT ALL (${a})) x LIMIT 5)`,
  );
  return rows.map((r) => `${r.side} only: ${r.row}`);
}

async function expectRollupsEqualRaw(now: Date): Promise<void> {
  const hourlyFrom = startOfShanghaiDay(addDaysToDay(shanghaiDay(now), -HOURLY_KEEP_DAYS)).toISOString();
  const checks: Record<string, [string, string]> = {
    daily_rollup: [
      `SELECT day, type, channel, status, cross_border, count::bigint, amount_fen FROM transaction_daily_rollup`,
      `SELECT (${local})::date, t.type, t.channel, t.status, t.cross_border, count(*), sum(t.amount_fen)::bigint FROM "transaction" t GROUP BY 1, 2, 3, 4, 5`,
    ],
    daily_cube: [
      `SELECT day, type, status, channel, cross_border, mcc, province, tier, count::bigint, amount_fen FROM transaction_daily_cube`,
      `SELECT (${local})::date, t.type, t.status, t.channel, t.cross_border, coalesce(t.mcc, ''), c.province, w.tier, count(*), sum(t.amount_fen)::bigint
       FROM ${rawSource} GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`,
    ],
    hourly_cube: [
      `SELECT hour, type, status, channel, cross_border, mcc, province, tier, count::bigint, amount_fen FROM transaction_hourly_cube WHERE hour >= '${hourlyFrom}'`,
      `SELECT date_trunc('hour', ${local}) AT TIME ZONE 'Asia/Shanghai', t.type, t.status, t.channel, t.cross_border, coalesce(t.mcc, ''), c.province, w.tier,
         count(*), sum(t.amount_fen)::bigint
       FROM ${rawSource} WHERE t.created_at >= '${hourlyFrom}' GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`,
    ],
    hourly_pruned: [`SELECT hour FROM transaction_hourly_cube WHERE hour < '${hourlyFrom}'`, `SELECT now() WHERE false`],
    hour_of_day: [
      `SELECT day, hour::int, type, status, channel, count::bigint, amount_fen FROM transaction_hour_of_day_rollup`,
      `SELECT (${local})::date, extract(hour FROM ${local})::int, t.type, t.status, t.channel, count(*), sum(t.amount_fen)::bigint FROM "transaction" t GROUP BY 1, 2, 3, 4, 5`,
    ],
    wallet_activity_day: [
      `SELECT day, wallet_id FROM wallet_activity_day`,
      `SELECT DISTINCT (${local})::date, t.wallet_id FROM "transaction" t
       WHERE t.status = 'SUCCEEDED' AND t.type IN ('TOP_UP', 'PAYMENT', 'TRANSFER_OUT', 'WITHDRAWAL')`,
    ],
    active_wallets: [
      `SELECT day, province, tier, active_wallets::bigint FROM wallet_daily_rollup WHERE active_wallets > 0`,
      `SELECT a.day, c.province, w.tier, count(*) FROM wallet_activity_day a JOIN wallet w ON w.id = a.wallet_id JOIN customer c ON c.id = w.customer_id GROUP BY 1, 2, 3`,
    ],
    new_wallets: [
      `SELECT day, province, tier, new_wallets::bigint FROM wallet_daily_rollup WHERE new_wallets > 0`,
      `SELECT (w.activated_at AT TIME ZONE 'Asia/Shanghai')::date, c.province, w.tier, count(*)
       FROM wallet w JOIN customer c ON c.id = w.customer_id WHERE w.activated_at IS NOT NULL GROUP BY 1, 2, 3`,
    ],
    funnel: [
      `SELECT week, registered, kyc_submitted, approved, wallet_active, card_linked, first_payment FROM kyc_funnel_weekly`,
      // Nested steps: each counts the customers who reached it and every step before it.
      `SELECT week, count(*)::int, count(*) FILTER (WHERE sub)::int, count(*) FILTER (WHERE ok)::int,
         count(*) FILTER (WHERE ok AND active)::int, count(*) FILTER (WHERE ok AND active AND card)::int,
         count(*) FILTER (WHERE ok AND active AND card AND paid)::int
       FROM (
         SELECT date_trunc('week', c.created_at AT TIME ZONE 'Asia/Shanghai')::date AS week,
           c.id IN (SELECT customer_id FROM kyc_submission) AS sub,
           c.id IN (SELECT customer_id FROM kyc_submission WHERE status = 'APPROVED') AS ok,
           w.activated_at IS NOT NULL AS active,
           coalesce(w.id IN (SELECT wallet_id FROM bank_card), false) AS card,
           coalesce(w.id IN (SELECT wallet_id FROM "transaction" WHERE type = 'PAYMENT' AND status = 'SUCCEEDED'), false) AS paid
         FROM customer c LEFT JOIN wallet w ON w.customer_id = c.id
       ) x GROUP BY week`,
    ],
    first_payment_at: [
      `SELECT id, first_payment_at FROM wallet WHERE first_payment_at IS NOT NULL`,
      `SELECT wallet_id, min(created_at) FROM "transaction" WHERE type = 'PAYMENT' AND status = 'SUCCEEDED' GROUP BY wallet_id`,
    ],
  };
  const problems: Record<string, string[]> = {};
  for (const [name, [rollup, raw]] of Object.entries(checks)) {
    const diff = await difference(rollup, raw);
    if (diff.length) problems[name] = diff;
  }
  expect(problems).toEqual({});
}

/** Raw count and value of SUCCEEDED transactions over Shanghai days [from, to], with an extra condition. */
async function rawTotals(from: string, to: string, where = "true"): Promise<{ count: number; amountFen: bigint }> {
  const [row] = await db.$queryRawUnsafe<{ n: bigint; s: bigint | null }[]>(
    `SELECT count(*) AS n, sum(t.amount_fen)::bigint AS s FROM ${rawSource}
     WHERE t.status = 'SUCCEEDED' AND t.created_at >= '${startOfShanghaiDay(from).toISOString()}'
       AND t.created_at < '${startOfShanghaiDay(addDaysToDay(to, 1)).toISOString()}' AND ${where}`,
  );
  return { count: Number(row!.n), amountFen: row!.s ?? 0n };
}

describe("analytics rollups", () => {
  it("equal the raw tables after the seed", async () => {
    expect(await db.transactionDailyCube.count()).toBeGreaterThan(0);
    expect(await db.kycFunnelWeekly.count()).toBeGreaterThan(0);
    await expectRollupsEqualRaw(seededAt);
  });

  it("are what the readers return: totals by every grouping, with and without filters", async () => {
    const range = { from: addDaysToDay(shanghaiDay(seededAt), -13), to: shanghaiDay(seededAt) };
    const all = await readTransactionTotals(db, { range, filters: NO_FILTERS, groupBy: "none" });
    expect(all).toEqual([await rawTotals(range.from, range.to).then((r) => ({ key: "", ...r }))]);
    expect(all[0]!.count).toBeGreaterThan(0);

    for (const groupBy of ["day", "channel", "mcc", "province", "tier", "type", "crossBorder"] as const) {
      const rows = await readTransactionTotals(db, { range, filters: NO_FILTERS, groupBy });
      expect(rows.reduce((n, r) => n + r.count, 0), groupBy).toBe(all[0]!.count);
      expect(rows.reduce((n, r) => n + r.amountFen, 0n), groupBy).toBe(all[0]!.amountFen);
    }

    const [province] = await db.$queryRaw<{ province: string }[]>`SELECT province FROM customer GROUP BY province ORDER BY count(*) DESC LIMIT 1`;
    const { PROVINCES } = await import("@/lib/sim/data/regions");
    const code = PROVINCES.find((p) => p.name === province!.province)!.code;
    const filtered = await readTransactionTotals(db, {
      range,
      filters: { channel: "QR", mcc: null, provinceCode: code, tier: null },
      types: ["PAYMENT"],
      groupBy: "none",
    });
    const expected = await rawTotals(range.from, range.to, `t.channel = 'QR' AND t.type = 'PAYMENT' AND c.province = '${province!.province}'`);
    expect(filtered).toEqual([{ key: "", ...expected }]);

    const byTier = await readTransactionTotals(db, { range, filters: { ...NO_FILTERS, tier: 2 }, groupBy: "crossBorder" });
    const tier2 = await rawTotals(range.from, range.to, `w.tier = 2`);
    expect(byTier.reduce((n, r) => n + r.count, 0)).toBe(tier2.count);

    const heat = await readHourOfDay(db, { range, channel: null });
    expect(heat.reduce((n, r) => n + r.count, 0)).toBe(all[0]!.count);
    expect(heat.every((r) => r.weekday >= 0 && r.weekday <= 6 && r.hour >= 0 && r.hour <= 23)).toBe(true);

    const lastWeek = { from: addDaysToDay(shanghaiDay(seededAt), -6), to: shanghaiDay(seededAt) };
    const hourly = await readHourlyTotals(db, { range: lastWeek, filters: NO_FILTERS });
    expect(hourly.reduce((n, r) => n + r.count, 0)).toBe((await rawTotals(lastWeek.from, lastWeek.to)).count);

    const wallets = await readWalletDaily(db, { range, provinceCode: null, tier: null });
    expect(wallets.map((w) => w.day)).toHaveLength(14);
    const [active] = await db.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM wallet_activity_day WHERE day BETWEEN '${range.from}' AND '${range.to}'`,
    );
    expect(wallets.reduce((n, w) => n + w.activeWallets, 0)).toBe(Number(active!.n));

    const funnel = await readFunnel(db, { fromWeek: "2000-01-03", toWeek: "2100-01-04" });
    expect(funnel.reduce((n, f) => n + f.registered, 0)).toBe(await db.customer.count());
    for (const f of funnel) {
      const steps = [f.registered, f.kycSubmitted, f.approved, f.walletActive, f.cardLinked, f.firstPayment];
      expect(steps, f.week).toEqual([...steps].sort((a, b) => b - a)); // nested: no step exceeds the one before
    }
  });

  it("still equal the raw tables after the live simulator has written for a while", async () => {
    const simulator = new LiveSimulator(db, { seed: 21, rate: 5, fraudEverySeconds: 0, durationSeconds: 1 });
    expect(await simulator.load()).toBeGreaterThan(0);
    let written = 0;
    for (let i = 0; i < 5; i++) {
      written += await simulator.tick(60);
      written += await simulator.tickPromotions(5);
    }
    expect(written).toBeGreaterThan(100);
    const now = new Date();
    await refreshWalletAndFunnelRollups(db, { now });
    await expectRollupsEqualRaw(now);
  }, 300_000);

  it("a damaged range is rebuilt from the raw rows", async () => {
    const to = shanghaiDay(seededAt);
    const from = addDaysToDay(to, -3);
    await db.$executeRawUnsafe(`DELETE FROM transaction_daily_cube WHERE day = '${from}' AND type = 'PAYMENT'`);
    await db.$executeRawUnsafe(`UPDATE transaction_daily_rollup SET count = count + 7 WHERE day = '${to}'`);
    await db.$executeRawUnsafe(`UPDATE transaction_hour_of_day_rollup SET amount_fen = 1 WHERE day = '${to}'`);
    await db.$executeRawUnsafe(`DELETE FROM wallet_activity_day WHERE day BETWEEN '${from}' AND '${to}'`);
    await db.$executeRawUnsafe(`UPDATE wallet_daily_rollup SET active_wallets = 0, new_wallets = 99 WHERE day = '${to}'`);
    await db.$executeRawUnsafe(`UPDATE kyc_funnel_weekly SET registered = 0`);
    const now = new Date();
    const result = await rebuildRollups(db, { from, to, now });
    expect(result.days).toBe(4);
    // The funnel is rebuilt for the range's weeks only: put the others back as the worker would.
    await refreshWalletAndFunnelRollups(db, { now, fromDay: "2000-01-03" });
    await expectRollupsEqualRaw(now);
  }, 300_000);
});
