import { describe, expect, it } from "vitest";
import { bandEdges, bandOf, compareSpend, type CustomerSpend } from "@/lib/promotions/performance/comparison";

const row = (customerId: string, tier: number, province: string, before: number, during: number, participant: boolean, cost = 0): CustomerSpend => ({
  customerId, tier, province, beforeFen: BigInt(before), duringFen: BigInt(during), participant, costFen: BigInt(cost),
});

describe("bands of prior spend", () => {
  it("cuts at quintiles and lets ties share a band", () => {
    const edges = bandEdges([0, 0, 0, 0, 10, 20, 30, 40, 50, 60].map(BigInt));
    expect(edges).toEqual([0, 10, 30, 50]);
    expect(bandOf(0n, edges)).toBe(0);
    expect(bandOf(15n, edges)).toBe(2);
    expect(bandOf(60n, edges)).toBe(4);
  });
});

describe("compareSpend", () => {
  it("is a difference in differences against the matched group, weighted by participants per stratum", () => {
    // All prior spend 0: one band. Two strata by province; the comparison's change differs per stratum.
    const rows = [
      // Guangdong: 3 participants +300 each; comparison +100.
      row("p1", 2, "广东省", 0, 300, true, 30), row("p2", 2, "广东省", 0, 300, true, 30), row("p3", 2, "广东省", 0, 300, true, 30),
      row("c1", 2, "广东省", 0, 100, false), row("c2", 2, "广东省", 0, 100, false),
      // Zhejiang: 1 participant +500; comparison +500 (no lift there).
      row("p4", 2, "浙江省", 0, 500, true, 40), row("c3", 2, "浙江省", 0, 500, false),
      // Beijing: a participant with nobody to compare with, and a non-participant in an unused stratum.
      row("p5", 2, "北京市", 0, 9_000, true, 50), row("c4", 3, "北京市", 0, 0, false),
    ];
    const c = compareSpend(rows);
    expect(c).toMatchObject({ participants: 5, matched: 4, comparisonCustomers: 3, strata: 2 });
    expect(c.participantsChangeFen).toBe(350); // (300 * 3 + 500) / 4
    expect(c.comparisonChangeFen).toBe(200); // 3/4 * 100 + 1/4 * 500
    expect(c.incrementalPerParticipantFen).toBe(150);
    expect(c.incrementalFen).toBe(600);
    expect(c.matchedCostFen).toBe(130);
    expect(c.costPerIncrementalYuan).toBeCloseTo(130 / 600, 10);
  });

  it("has no cost per incremental yuan without a positive lift, and nothing to compare without participants", () => {
    expect(compareSpend([row("p", 1, "上海市", 100, 100, true, 10), row("c", 1, "上海市", 100, 200, false)]).costPerIncrementalYuan).toBeNull();
    expect(compareSpend([row("c", 1, "上海市", 100, 200, false)])).toMatchObject({ matched: 0, incrementalFen: 0, costPerIncrementalYuan: null });
  });
});
