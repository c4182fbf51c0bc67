// The promotion report over the seeded population: each promotion's cost, reach and rewards in a period equal
// SQL over promotion_reward written here independently; the spend lift is the performance page's own
// measurement (over the whole campaign the two agree); totals count a customer rewarded twice once; the CSV
// dataset carries the same figures.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { promotionDatasets } from "@/lib/analytics/promotions/datasets";
import { readDailyCost, readPromotionReport, sortRows } from "@/lib/analytics/promotions/read";
import { readPerformance } from "@/lib/promotions/performance/read";
import { addDaysToDay, shanghaiDay } from "@/lib/time";
import { freshPopulation, testDb } from "@/tests/support/database";

let db: Db;
const now = new Date("2026-11-11T06:30:00Z");
const today = shanghaiDay(now);

beforeAll(async () => {
  db = testDb();
  await freshPopulation(db, { now });
});

afterAll(async () => {
  await db.$disconnect();
});

async function expected(from: string, to: string) {
  return db.$queryRaw<{ promotion_id: string; cost_fen: bigint; reach: number; rewards: number }[]>`
    SELECT promotion_id,
           sum(cost_fen - clawed_back_fen - clawed_back_points::bigint * 1)::bigint AS cost_fen,
           count(DISTINCT customer_id)::int AS reach, count(*)::int AS rewards
    FROM promotion_reward
    WHERE status IN ('PAID', 'HELD', 'CLAWED_BACK') AND day >= ${from}::date AND day <= ${to}::date
    GROUP BY promotion_id ORDER BY promotion_id`;
}

describe("the promotion report", () => {
  it("has each promotion's cost, reach and rewards as SQL over promotion_reward counts them", async () => {
    const range = { from: addDaysToDay(today, -29), to: today };
    const started = performance.now();
    const report = await readPromotionReport(db, range, now);
    const ms = performance.now() - started;
    console.info(`[analytics-promotions] report for 30 days: ${report.rows.length} promotions in ${ms.toFixed(0)} ms`);
    const sql = await expected(range.from, range.to);
    expect(sql.length).toBeGreaterThan(0);
    for (const row of sql) {
      const got = report.rows.find((r) => r.id === row.promotion_id);
      expect(got, row.promotion_id).toBeDefined();
      expect({ cost: got!.costFen, reach: got!.reach, rewards: got!.rewards }).toEqual({ cost: row.cost_fen, reach: row.reach, rewards: row.rewards });
    }
    // Promotions that paid nothing in the period show zeros; none that never ran (drafts, rejected).
    for (const r of report.rows) {
      if (!sql.some((s) => s.promotion_id === r.id)) expect([r.costFen, r.reach, r.rewards]).toEqual([0n, 0, 0]);
      expect(["DRAFT", "PENDING_APPROVAL", "REJECTED"]).not.toContain(r.status);
    }
    const [distinct] = await db.$queryRaw<{ n: number }[]>`
      SELECT count(DISTINCT customer_id)::int AS n FROM promotion_reward
      WHERE status <> 'FORFEITED' AND day BETWEEN ${range.from}::date AND ${range.to}::date`;
    expect(report.totals.reach).toBe(distinct!.n);
    expect(report.totals.costFen).toBe(sql.reduce((s, r) => s + r.cost_fen, 0n));

    // Daily cost sums to the same.
    const daily = await readDailyCost(db, range);
    expect(daily.reduce((s, d) => s + d.costFen, 0n)).toBe(report.totals.costFen);

    // Sorting: by reach, largest first.
    const byReach = sortRows(report.rows, "reach").map((r) => r.reach);
    expect(byReach).toEqual([...byReach].sort((a, b) => b - a));

    // The CSV dataset has the same figures.
    const csv = await promotionDatasets["promotions-ranking"].rows(db, { range: "custom", from: range.from, to: range.to });
    expect(csv.map((r) => r.promotion_id).sort()).toEqual(report.rows.map((r) => r.id).sort());
  });

  it("measures a running promotion's lift as its performance page does when the period covers the campaign", async () => {
    const report = await readPromotionReport(db, { from: addDaysToDay(today, -29), to: today }, now);
    const running = report.rows.find((r) => r.status === "ACTIVE" && r.rewards > 0 && r.startsAt > new Date(now.getTime() - 29 * 86_400_000));
    expect(running).toBeDefined();
    const page = await readPerformance(db, running!.id, now);
    expect(page?.comparison?.matched).toBe(running!.comparison?.matched);
    expect(running!.comparison?.incrementalFen).toBeCloseTo(page!.comparison!.incrementalFen, 6);
  });

  it("says nothing ran in a period before any promotion", async () => {
    const report = await readPromotionReport(db, { from: "2025-01-01", to: "2025-01-31" }, now);
    expect(report.rows).toEqual([]);
    expect(report.totals).toMatchObject({ costFen: 0n, reach: 0, rewards: 0, measured: 0, costPerIncrementalYuanFen: null });
  });
});
