import { describe, expect, it } from "vitest";
import { AMOUNT_SPIKE } from "@/lib/fraud/rules/amount-spike";
import { defaultParams } from "@/lib/fraud/rules/params";
import { DAY, historyOf, txn } from "@/lib/fraud/rules/test-support";

const params = defaultParams(AMOUNT_SPIKE); // 10 times the largest, at least ¥20,000, 3 past payments or transfers out

// Three past payments, the largest ¥1,200.
const past = () => [txn((20 * DAY) / 60_000, { amountFen: 30_000n }), txn((10 * DAY) / 60_000, { amountFen: 120_000n }), txn((2 * DAY) / 60_000, { amountFen: 50_000n })];

describe("AMOUNT_SPIKE", () => {
  it("fires on a transfer many times the largest past outflow, in both languages", () => {
    const tx = txn(0, { type: "TRANSFER_OUT", amountFen: 3_000_000n, counterpartyWalletId: "W9" });
    const hit = AMOUNT_SPIKE.evaluate(tx, historyOf(past()), params);
    expect(hit!.explanation).toEqual({
      "zh-CN": "单笔转出 ¥30,000.00，为近 30 天 3 笔付款或转出中最大单笔 ¥1,200.00 的 25 倍；阈值为 10 倍且不低于 ¥20,000.00",
      en: "A transfer out of ¥30,000.00, 25 times the largest of 3 payments or transfers out in the last 30 days (¥1,200.00); threshold: 10 times and at least ¥20,000.00",
    });
    expect(hit!.transactionIds).toEqual([tx.id]);
    expect(hit!.score).toBe(100);
  });

  it("fires exactly at the multiple and not one fen under it", () => {
    const bigger = [...past(), txn(100, { amountFen: 250_000n })]; // largest ¥2,500
    expect(AMOUNT_SPIKE.evaluate(txn(0, { amountFen: 2_500_000n }), historyOf(bigger), params)).not.toBeNull();
    expect(AMOUNT_SPIKE.evaluate(txn(0, { amountFen: 2_499_999n }), historyOf(bigger), params)).toBeNull();
  });

  it("does not fire under the minimum amount however large the multiple", () => {
    const small = [txn(3000, { amountFen: 1_000n }), txn(2000, { amountFen: 1_000n }), txn(1000, { amountFen: 1_000n })];
    expect(AMOUNT_SPIKE.evaluate(txn(0, { amountFen: 2_000_000n }), historyOf(small), params)).not.toBeNull();
    expect(AMOUNT_SPIKE.evaluate(txn(0, { amountFen: 1_999_999n }), historyOf(small), params)).toBeNull();
  });

  it("needs enough history: two past outflows are no baseline", () => {
    expect(AMOUNT_SPIKE.evaluate(txn(0, { amountFen: 5_000_000n }), historyOf(past().slice(1)), params)).toBeNull();
  });

  it("takes the baseline from successful payments and transfers out only, and scores only those that moved", () => {
    const withFailed = [...past(), txn(60, { amountFen: 9_000_000n, status: "FAILED" }), txn(30, { type: "TOP_UP", amountFen: 9_000_000n }), txn(20, { type: "WITHDRAWAL", amountFen: 9_000_000n })];
    expect(AMOUNT_SPIKE.evaluate(txn(0, { amountFen: 2_000_000n }), historyOf(withFailed), params)).not.toBeNull();
    expect(AMOUNT_SPIKE.evaluate(txn(0, { amountFen: 2_000_000n, status: "FAILED" }), historyOf(past()), params)).toBeNull();
    expect(AMOUNT_SPIKE.evaluate(txn(0, { type: "TOP_UP", amountFen: 6_000_000n }), historyOf(past()), params)).toBeNull();
    // Emptying the wallet to the customer's own card is not spending.
    expect(AMOUNT_SPIKE.evaluate(txn(0, { type: "WITHDRAWAL", amountFen: 6_000_000n }), historyOf(past()), params)).toBeNull();
  });
});
