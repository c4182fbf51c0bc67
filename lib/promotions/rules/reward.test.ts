import { describe, expect, it } from "vitest";
import { rewardFor, rewardSource, rewardSourceKey } from "@/lib/promotions/rules/reward";
import { bonusEvent, params, payment } from "@/lib/promotions/rules/test-support";
import { BASE_POINTS_PER_YUAN, costOf, POINT_VALUE_FEN, pointsWorth } from "@/lib/promotions/reward-value";

const fixed = { type: "CASHBACK_FIXED", percentBps: null, perTransactionCapFen: null, thresholdFen: 10_000, rewardFen: 500 } as const;
const multiplier = { type: "POINTS_MULTIPLIER", percentBps: null, perTransactionCapFen: null, multiplierX100: 300 } as const;

describe("rewardFor", () => {
  it("pays percentage cashback rounded down to the fen and capped per payment", () => {
    const p = params({ percentBps: 500, perTransactionCapFen: 2_000 });
    expect(rewardFor(p, payment({ amountFen: 10_000n }))).toEqual({ amountFen: 500n, points: 0 });
    expect(rewardFor(p, payment({ amountFen: 1_999n }))).toEqual({ amountFen: 99n, points: 0 });
    expect(rewardFor(p, payment({ amountFen: 19n }))).toEqual({ amountFen: 0n, points: 0 });
    expect(rewardFor(p, payment({ amountFen: 40_000n }))).toEqual({ amountFen: 2_000n, points: 0 });
    expect(rewardFor(p, payment({ amountFen: 1_000_000n }))).toEqual({ amountFen: 2_000n, points: 0 });
  });

  it("rounds down in integer maths, never up through a float", () => {
    // 3 % of ¥3.33 = 9.99 fen -> 9; 0.01 % of ¥99,999,999.99 = 999,999.9999 fen -> 999,999.
    expect(rewardFor(params({ percentBps: 300, perTransactionCapFen: 10_000 }), payment({ amountFen: 333n })).amountFen).toBe(9n);
    expect(rewardFor(params({ percentBps: 1, perTransactionCapFen: 10_000_000 }), payment({ amountFen: 9_999_999_999n })).amountFen).toBe(999_999n);
  });

  it("pays fixed cashback from the threshold up (满 100 返 5)", () => {
    const p = params(fixed);
    expect(rewardFor(p, payment({ amountFen: 9_999n })).amountFen).toBe(0n);
    expect(rewardFor(p, payment({ amountFen: 10_000n })).amountFen).toBe(500n);
    expect(rewardFor(p, payment({ amountFen: 500_000n })).amountFen).toBe(500n);
  });

  it("gives extra points on whole yuan times the multiplier above the base rate", () => {
    expect(BASE_POINTS_PER_YUAN).toBe(1);
    // ¥123.99 -> 123 whole yuan; 3x means 2x extra: 246 points.
    expect(rewardFor(params(multiplier), payment({ amountFen: 12_399n }))).toEqual({ amountFen: 0n, points: 246 });
    // 1.5x on ¥3: 3 * 50 / 100 = 1.5 -> 1 point.
    expect(rewardFor(params({ ...multiplier, multiplierX100: 150 }), payment({ amountFen: 300n }))).toEqual({ amountFen: 0n, points: 1 });
    expect(rewardFor(params(multiplier), payment({ amountFen: 99n }))).toEqual({ amountFen: 0n, points: 0 });
  });

  it("pays a bonus only on its trigger", () => {
    const bonus = (bonusTrigger: "WALLET_ACTIVATION" | "CARD_LINK" | "FIRST_PAYMENT") =>
      params({ type: "SIGNUP_BONUS", percentBps: null, perTransactionCapFen: null, bonusTrigger, rewardFen: 888 });
    expect(rewardFor(bonus("WALLET_ACTIVATION"), bonusEvent("WALLET_ACTIVATION")).amountFen).toBe(888n);
    expect(rewardFor(bonus("WALLET_ACTIVATION"), bonusEvent("CARD_LINK")).amountFen).toBe(0n);
    expect(rewardFor(bonus("CARD_LINK"), bonusEvent("CARD_LINK")).amountFen).toBe(888n);
    expect(rewardFor(bonus("FIRST_PAYMENT"), payment({ firstPayment: true })).amountFen).toBe(888n);
    expect(rewardFor(bonus("FIRST_PAYMENT"), payment({ firstPayment: false })).amountFen).toBe(0n);
  });

  it("gives nothing for an event the type does not reward", () => {
    expect(rewardFor(params(), bonusEvent("WALLET_ACTIVATION"))).toEqual({ amountFen: 0n, points: 0 });
    expect(rewardFor(params(fixed), bonusEvent("CARD_LINK"))).toEqual({ amountFen: 0n, points: 0 });
    expect(rewardFor(params(multiplier), bonusEvent("CARD_LINK"))).toEqual({ amountFen: 0n, points: 0 });
  });
});

describe("source and key", () => {
  it("keys payment rewards by transaction and bonuses by customer", () => {
    expect(rewardSource(params(), payment())).toBe("PAYMENT");
    expect(rewardSourceKey(params(), payment({ transactionId: 77n }))).toBe("tx:77");
    const bonus = params({ type: "SIGNUP_BONUS", percentBps: null, perTransactionCapFen: null, bonusTrigger: "FIRST_PAYMENT", rewardFen: 888 });
    expect(rewardSource(bonus, payment({ firstPayment: true }))).toBe("FIRST_PAYMENT");
    expect(rewardSourceKey(bonus, payment({ firstPayment: true }))).toBe("customer:cus_1");
    expect(rewardSource(bonus, bonusEvent("CARD_LINK"))).toBe("CARD_LINK");
    expect(rewardSourceKey(bonus, bonusEvent("WALLET_ACTIVATION"))).toBe("customer:cus_1");
  });
});

describe("reward value", () => {
  it("values a point at one fen", () => {
    expect(POINT_VALUE_FEN).toBe(1n);
    expect(costOf(500n, 0)).toBe(500n);
    expect(costOf(0n, 246)).toBe(246n);
    expect(costOf(100n, 50)).toBe(150n);
    expect(pointsWorth(300n)).toBe(300);
    expect(pointsWorth(-5n)).toBe(0);
  });
});
