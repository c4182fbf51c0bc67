// Transaction analytics (/analytics): the page's figures, read from the rollups only, equal the same figures
// computed here by GROUP BY over the raw transaction rows of the demo data (Shanghai days, SUCCEEDED).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NO_FILTERS } from "@/lib/analytics/filters";
import { readPeriod } from "@/lib/analytics/period";
import { readByChannel, readByProvince, readHeatmap, readKpis, readSeries } from "@/lib/analytics/transactions/queries";
import { transactionDatasets } from "@/lib/analytics/transactions/datasets";
import { kpiValues } from "@/lib/analytics/transactions/shape";
import type { Db } from "@/lib/db/client";
import { shanghaiDay } from "@/lib/time";
import { freshPopulation, testDb } from "../support/database";

let db: Db;
let now: Date;

beforeAll(async () => {
  db = testDb();
  const options = await freshPopulation(db);
  now = options.now;
});

afterAll(async () => {
  await db.$disconnect();
});

async function raw(from: string, to: string, extra = "") {
  const [row] = await db.$queryRawUnsafe<{ count: bigint; value: bigint | null; cross: bigint; top_up: bigint | null; spend: bigint | null }[]>(
    `SELECT count(*)::bigint AS count, sum(t.amount_fen)::bigint AS value,
       count(*) FILTER (WHERE t.cross_border)::bigint AS cross,
       sum(t.amount_fen) FILTER (WHERE t.type = 'TOP_UP')::bigint AS top_up,
       sum(t.amount_fen) FILTER (WHERE t.type = 'PAYMENT')::bigint AS spend
     FROM transaction t
     WHERE t.status = 'SUCCEEDED'
       AND (t.created_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN $1::date AND $2::date ${extra}`,
    from,
    to,
  );
  return { count: Number(row!.count), value: row!.value ?? 0n, cross: Number(row!.cross), topUp: row!.top_up ?? 0n, spend: row!.spend ?? 0n };
}

describe("transaction analytics over the rollups", () => {
  it("KPIs for the last 7 days and their comparison equal raw SQL", async () => {
    const period = readPeriod({ range: "7d" }, shanghaiDay(now));
    const k = await readKpis(db, period, NO_FILTERS, now);
    const expected = await raw(period.range.from, period.range.to);
    expect(expected.count).toBeGreaterThan(0);
    expect(k.current.count).toBe(expected.count);
    expect(k.current.valueFen).toBe(expected.value);
    expect(k.current.crossBorderCount).toBe(expected.cross);
    expect(k.current.topUpFen).toBe(expected.topUp);
    expect(k.current.spendFen).toBe(expected.spend);
    const before = await raw(period.compareRange!.from, period.compareRange!.to);
    expect(k.comparison!.count).toBe(before.count);
    expect(k.comparison!.valueFen).toBe(before.value);
    expect(kpiValues(k.current).averageTicket).toBeCloseTo(Number(expected.value) / expected.count, 6);
  });

  it("a channel and a province filter narrow the figures as raw SQL does", async () => {
    const params = { range: "custom", from: "2026-11-01", to: "2026-11-10", channel: "QR", province: "31" };
    const period = readPeriod(params, shanghaiDay(now));
    const k = await readKpis(db, period, { ...NO_FILTERS, channel: "QR", provinceCode: "31" }, now);
    const expected = await raw("2026-11-01", "2026-11-10", `AND t.channel = 'QR' AND EXISTS (SELECT 1 FROM wallet w JOIN customer c ON c.id = w.customer_id WHERE w.id = t.wallet_id AND c.province = '上海市')`);
    expect(k.current.count).toBe(expected.count);
    expect(k.current.valueFen).toBe(expected.value);
  });

  it("today compares with the same hours of yesterday", async () => {
    const period = readPeriod({ range: "today" }, shanghaiDay(now));
    const k = await readKpis(db, period, NO_FILTERS, now);
    expect(k.mode).toBe("sameHours");
    const today = await raw(period.range.from, period.range.to);
    expect(k.current.count).toBe(today.count);
    const [row] = await db.$queryRawUnsafe<{ count: bigint }[]>(
      `SELECT count(*)::bigint AS count FROM transaction WHERE status = 'SUCCEEDED'
         AND (created_at AT TIME ZONE 'Asia/Shanghai')::date = $1::date
         AND extract(hour FROM created_at AT TIME ZONE 'Asia/Shanghai') <= $2`,
      period.compareRange!.from,
      k.untilHour,
    );
    expect(k.comparison!.count).toBe(Number(row!.count));
  });

  it("series, channels, provinces and the heat map add up to the period's total", async () => {
    const period = readPeriod({ range: "30d" }, shanghaiDay(now));
    const k = await readKpis(db, period, NO_FILTERS, now);
    const series = await readSeries(db, period, NO_FILTERS, shanghaiDay(now));
    expect(series.granularity).toBe("day");
    expect(series.points).toHaveLength(30);
    expect(series.points.reduce((n, p) => n + p.count, 0)).toBe(k.current.count);
    expect(series.festivals.map((f) => f.kind)).toContain("singles-day");
    const channels = await readByChannel(db, period, NO_FILTERS);
    expect(channels.reduce((n, r) => n + r.amountFen, 0n)).toBe(k.current.valueFen);
    const provinces = await readByProvince(db, period, NO_FILTERS);
    expect(provinces.reduce((n, r) => n + r.count, 0)).toBe(k.current.count);
    const grid = await readHeatmap(db, period, NO_FILTERS);
    expect(grid.flat().reduce((n, c) => n + c.count, 0)).toBe(k.current.count);
    const hourly = await readSeries(db, readPeriod({ range: "7d" }, shanghaiDay(now)), NO_FILTERS, shanghaiDay(now));
    expect(hourly.granularity).toBe("hour");
    expect(hourly.points).toHaveLength(7 * 24);
  });

  it("the KPI dataset carries the figures", async () => {
    const rows = await transactionDatasets["tx-kpis"].rows(db, { range: "custom", from: "2026-11-01", to: "2026-11-10" });
    expect(rows.map((r) => r.kpi)).toEqual(["count", "value", "activeWallets", "averageTicket", "topUpVsSpend", "crossBorder", "newWallets"]);
    expect(Number(rows[0]!.value)).toBeGreaterThan(0);
  });
});
