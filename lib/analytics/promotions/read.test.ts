import { describe, expect, it } from "vitest";
import { readSort, sortRows, totalsOf, type PromotionRow } from "@/lib/analytics/promotions/read";
import type { SpendComparison } from "@/lib/promotions/performance/comparison";
import { periodSpendWindows } from "@/lib/promotions/performance/read";

const comparison = (matched: number, matchedCostFen: number): SpendComparison =>
  ({ matched, matchedCostFen }) as unknown as SpendComparison;

const row = (id: string, over: Partial<PromotionRow>): PromotionRow => ({
  id,
  name: id,
  status: "ACTIVE",
  startsAt: new Date(0),
  endsAt: new Date(0),
  costFen: 0n,
  reach: 0,
  rewards: 0,
  comparison: null,
  incrementalFen: null,
  costPerIncrementalYuanFen: null,
  ...over,
});

describe("the promotion report's arithmetic", () => {
  const rows = [
    row("a", { costFen: 500n, reach: 3, rewards: 4, comparison: comparison(3, 400), incrementalFen: 2_000, costPerIncrementalYuanFen: 20 }),
    row("b", { costFen: 900n, reach: 9, rewards: 9, comparison: comparison(8, 800), incrementalFen: 8_000, costPerIncrementalYuanFen: 10 }),
    row("c", { costFen: 100n, reach: 1, rewards: 1 }),
  ];

  it("totals sum cost and lift, take reach as given, and divide matched cost by summed lift", () => {
    const t = totalsOf(rows, 11);
    expect(t).toMatchObject({ costFen: 1_500n, reach: 11, rewards: 14, incrementalFen: 10_000, measured: 2 });
    expect(t.costPerIncrementalYuanFen).toBeCloseTo((1_200 / 10_000) * 100);
    expect(totalsOf([rows[2]!], 1).costPerIncrementalYuanFen).toBeNull();
  });

  it("sorts largest first, cost per incremental yuan cheapest first, unmeasured last", () => {
    expect(sortRows(rows, "cost").map((r) => r.id)).toEqual(["b", "a", "c"]);
    expect(sortRows(rows, "reach").map((r) => r.id)).toEqual(["b", "a", "c"]);
    expect(sortRows(rows, "incremental").map((r) => r.id)).toEqual(["b", "a", "c"]);
    expect(sortRows(rows, "costPerYuan").map((r) => r.id)).toEqual(["b", "a", "c"]);
    expect(readSort("reach")).toBe("reach");
    expect(readSort("nonsense")).toBe("cost");
    expect(readSort(undefined)).toBe("cost");
  });

  it("measures the campaign's days in the period against as many days before it began", () => {
    const D = 86_400_000;
    const start = new Date("2026-11-01T00:00:00Z");
    const w = periodSpendWindows(start, new Date(start.getTime() + 20 * D), new Date(start.getTime() + 5 * D), new Date(start.getTime() + 15 * D));
    expect(w).toEqual({ start: new Date(start.getTime() + 5 * D), end: new Date(start.getTime() + 15 * D), beforeEnd: start, beforeStart: new Date(start.getTime() - 10 * D) });
    // Not running in the period: nothing to measure.
    expect(periodSpendWindows(start, new Date(start.getTime() + D), new Date(start.getTime() + 2 * D), new Date(start.getTime() + 3 * D))).toBeNull();
  });
});
