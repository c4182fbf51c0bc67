import { describe, expect, it } from "vitest";
import { CASH_THRESHOLD_FEN, CROSS_BORDER_THRESHOLD_USD_CENTS, DOMESTIC_TRANSFER_THRESHOLD_FEN, LARGE_VALUE_PLANTS, type LargeValuePlanted } from "@/lib/sim/large-value";
import { DEMO_OPTIONS, simOptions } from "@/lib/sim/options";
import { generatePopulation, type CustomerBundle } from "@/lib/sim/population";
import { createRandom } from "@/lib/sim/random";
import { watchlist } from "@/lib/sim/reference";
import { shanghaiDay } from "@/lib/time";

const now = new Date("2026-12-03T02:00:00Z");

function population(customers: number, days: number): { bundles: CustomerBundle[]; planted: LargeValuePlanted[] } {
  const options = simOptions({ customers, days, seed: DEMO_OPTIONS.seed, now });
  const planted: LargeValuePlanted[] = [];
  const bundles = [...generatePopulation(options, watchlist(createRandom(options.seed).fork("watchlist"), now).people, planted)];
  return { bundles, planted };
}

describe("the large-value plants", () => {
  const { bundles, planted } = population(300, 30);
  const byCustomer = new Map(bundles.map((b) => [b.customer.id, b]));
  const sum = (rows: CustomerBundle["transactions"], day: string, types: string[], pick: (t: CustomerBundle["transactions"][number]) => bigint = (t) => t.amountFen) =>
    rows.filter((t) => t.status === "SUCCEEDED" && types.includes(t.type) && shanghaiDay(t.createdAt) === day).reduce((a, t) => a + pick(t), 0n);

  it("plants every one on the e2e population, each on an ordinary class III customer of its own, on its day before now", () => {
    expect(planted.map((p) => p.plant)).toEqual(LARGE_VALUE_PLANTS);
    expect(new Set(planted.map((p) => p.customerId)).size).toBe(planted.length);
    for (const p of planted) {
      const bundle = byCustomer.get(p.customerId)!;
      expect(bundle.wallet.tier).toBe(3);
      expect(bundle.customer.riskLevel).toBe("LOW");
      expect(bundle.transactions.some((t) => t.fraudPattern)).toBe(false);
      expect(p.rows.every((r) => bundle.transactions.includes(r))).toBe(true);
      expect(p.day < shanghaiDay(now)).toBe(true);
    }
  });

  it("crosses the thresholds it is meant to, money in and out counted apart, each row within a class III wallet's single limit", () => {
    for (const p of planted) {
      const rows = byCustomer.get(p.customerId)!.transactions;
      const cashIn = sum(rows, p.day, ["TOP_UP"]);
      const cashOut = sum(rows, p.day, ["WITHDRAWAL"]);
      const kind = p.plant.kind;
      if (kind === "CASH_SINGLE") {
        expect(p.rows.filter((r) => r.amountFen === CASH_THRESHOLD_FEN).length, kind).toBe(2);
        expect(cashIn).toBeGreaterThanOrEqual(CASH_THRESHOLD_FEN);
        expect(cashOut).toBeGreaterThanOrEqual(CASH_THRESHOLD_FEN);
      }
      if (kind === "CASH_CUMULATIVE") {
        expect(p.rows.every((r) => r.amountFen < CASH_THRESHOLD_FEN)).toBe(true);
        expect(cashIn).toBeGreaterThanOrEqual(CASH_THRESHOLD_FEN);
        expect(cashOut).toBeGreaterThanOrEqual(CASH_THRESHOLD_FEN);
      }
      if (kind === "CASH_OUT_CUMULATIVE") expect(sum(p.rows, p.day, ["WITHDRAWAL"])).toBeGreaterThanOrEqual(CASH_THRESHOLD_FEN);
      if (kind === "CASH_IN_SINGLE") expect(cashIn).toBeGreaterThanOrEqual(CASH_THRESHOLD_FEN);
      if (kind === "DOMESTIC_TRANSFERS") expect(sum(rows, p.day, ["TRANSFER_IN"])).toBeGreaterThanOrEqual(DOMESTIC_TRANSFER_THRESHOLD_FEN);
      if (kind === "CROSS_BORDER_USD") {
        const abroad = p.rows.filter((r) => r.crossBorder);
        expect(abroad.every((r) => r.currency === "USD")).toBe(true);
        expect(abroad.reduce((a, r) => a + BigInt(r.originalAmountMinor!), 0n)).toBeGreaterThanOrEqual(CROSS_BORDER_THRESHOLD_USD_CENTS);
      }
      for (const r of p.rows) if (r.type !== "TRANSFER_IN") expect(r.amountFen, kind).toBeLessThanOrEqual(5_000_000n);
    }
  });
});
