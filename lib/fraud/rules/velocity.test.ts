import { describe, expect, it } from "vitest";
import { defaultParams } from "@/lib/fraud/rules/params";
import { historyOf, spread, txn } from "@/lib/fraud/rules/test-support";
import { VELOCITY } from "@/lib/fraud/rules/velocity";

const params = defaultParams(VELOCITY); // 8 in 10 minutes, or ¥30,000 in total

describe("VELOCITY", () => {
  it("fires on the eighth payment within ten minutes, with the count, the span and the total in both languages", () => {
    const prior = spread(7, 1, 3, () => ({ amountFen: 60_000n }));
    const tx = txn(0, { amountFen: 30_000n });
    const hit = VELOCITY.evaluate(tx, historyOf(prior), params);
    expect(hit).not.toBeNull();
    expect(hit!.explanation).toEqual({
      "zh-CN": "4 分钟内 8 笔付款，合计 ¥4,500.00；阈值为 10 分钟内 8 笔或合计 ¥30,000.00",
      en: "8 payments in 4 minutes totalling ¥4,500.00; threshold: 8 in 10 minutes or ¥30,000.00 in total",
    });
    expect(hit!.transactionIds).toEqual([...prior.map((p) => p.id), tx.id]);
    expect(hit!.score).toBe(50);
    expect(hit!.facts).toMatchObject({ count: 8, totalFen: 450_000, spanMinutes: 4 });
  });

  it("does not fire one payment under the count", () => {
    const prior = spread(6, 1, 3, () => ({}));
    expect(VELOCITY.evaluate(txn(0), historyOf(prior), params)).toBeNull();
  });

  it("does not count a payment just outside the window, and counts one exactly at its edge", () => {
    const inside = spread(6, 1, 3, () => ({}));
    expect(VELOCITY.evaluate(txn(0), historyOf([txn(10.001), ...inside]), params)).toBeNull();
    expect(VELOCITY.evaluate(txn(0), historyOf([txn(10), ...inside]), params)).not.toBeNull();
  });

  it("fires on the total amount with two transactions, not one fen under it, and names mixed outflows", () => {
    const prior = [txn(5, { type: "TRANSFER_OUT", amountFen: 2_000_000n, counterpartyWalletId: "W9" })];
    const hit = VELOCITY.evaluate(txn(0, { amountFen: 1_000_000n }), historyOf(prior), params);
    expect(hit!.explanation).toEqual({
      "zh-CN": "5 分钟内 2 笔支出，合计 ¥30,000.00；阈值为 10 分钟内 8 笔或合计 ¥30,000.00",
      en: "2 outgoing transactions in 5 minutes totalling ¥30,000.00; threshold: 8 in 10 minutes or ¥30,000.00 in total",
    });
    expect(VELOCITY.evaluate(txn(0, { amountFen: 999_999n }), historyOf(prior), params)).toBeNull();
    // A single large amount is the amount-spike rule's, not velocity's.
    expect(VELOCITY.evaluate(txn(0, { amountFen: 9_000_000n }), historyOf([]), params)).toBeNull();
  });

  it("counts neither failed payments nor money coming in", () => {
    const failed = spread(7, 1, 3, () => ({ status: "FAILED" }));
    const incoming = spread(7, 1, 3, () => ({ type: "TRANSFER_IN", counterpartyWalletId: "W2" }));
    expect(VELOCITY.evaluate(txn(0), historyOf(failed), params)).toBeNull();
    expect(VELOCITY.evaluate(txn(0), historyOf(incoming), params)).toBeNull();
    expect(VELOCITY.evaluate(txn(0, { type: "TRANSFER_IN" }), historyOf(spread(9, 1, 3, () => ({}))), params)).toBeNull();
  });
});
