import { describe, expect, it } from "vitest";
import { defaultParams } from "@/lib/fraud/rules/params";
import { STRUCTURING } from "@/lib/fraud/rules/structuring";
import { historyOf, txn } from "@/lib/fraud/rules/test-support";

const params = defaultParams(STRUCTURING); // 3 a day within 10% under ¥50,000 / ¥500,000 / ¥200,000

// NOW is 14:00 in Shanghai; 13 hours 59 minutes ago is 00:01 the same Shanghai day.
const topUp = (minutesAgo: number, amountFen: bigint) => txn(minutesAgo, { type: "TOP_UP", channel: "BANK_TRANSFER", amountFen, cardId: "card1" });

describe("STRUCTURING", () => {
  it("fires on the third top-up or withdrawal just under ¥50,000 on one day, in both languages", () => {
    const prior = [topUp(13 * 60 + 59, 4_900_000n), txn(120, { type: "WITHDRAWAL", channel: "BANK_TRANSFER", amountFen: 4_650_000n })];
    const tx = topUp(0, 4_999_900n);
    const hit = STRUCTURING.evaluate(tx, historyOf(prior), params);
    expect(hit!.explanation).toEqual({
      "zh-CN": "同一自然日内 3 笔充值或提现金额均略低于 ¥50,000.00 的大额交易报告标准（¥45,000.00 至 ¥50,000.00 之间），合计 ¥145,499.00；阈值为同日 3 笔、低于标准不超过 10%",
      en: "3 top-ups or withdrawals on the same day, each just under the ¥50,000.00 large-value report threshold (between ¥45,000.00 and ¥50,000.00), totalling ¥145,499.00; threshold: 3 in one day, at most 10% under the threshold",
    });
    expect(hit!.transactionIds).toEqual([...prior.map((p) => p.id), tx.id]);
    expect(hit!.facts).toMatchObject({ kind: "cash", count: 3 });
  });

  it("does not fire with one transaction too few", () => {
    expect(STRUCTURING.evaluate(topUp(0, 4_999_900n), historyOf([topUp(60, 4_900_000n)]), params)).toBeNull();
  });

  it("counts only amounts within the margin under the threshold: not one fen lower, not the threshold itself", () => {
    const two = [topUp(120, 4_900_000n), topUp(60, 4_900_000n)];
    expect(STRUCTURING.evaluate(topUp(0, 4_500_000n), historyOf(two), params)).not.toBeNull();
    expect(STRUCTURING.evaluate(topUp(0, 4_499_999n), historyOf(two), params)).toBeNull();
    expect(STRUCTURING.evaluate(topUp(0, 5_000_000n), historyOf(two), params)).toBeNull();
  });

  it("counts the same Shanghai day only: a top-up at 23:59 the day before is another day", () => {
    const yesterday = topUp(14 * 60 + 1, 4_900_000n); // 23:59 on 10 November, Shanghai
    const today = topUp(14 * 60 - 1, 4_900_000n); // 00:01 on 11 November
    expect(STRUCTURING.evaluate(topUp(0, 4_900_000n), historyOf([yesterday, topUp(60, 4_900_000n)]), params)).toBeNull();
    expect(STRUCTURING.evaluate(topUp(0, 4_900_000n), historyOf([today, topUp(60, 4_900_000n)]), params)).not.toBeNull();
  });

  it("holds each kind to its own threshold: domestic transfers ¥500,000, cross-border ¥200,000", () => {
    const out = (minutesAgo: number, amountFen: bigint, crossBorder = false) => txn(minutesAgo, { type: "TRANSFER_OUT", amountFen, crossBorder, counterpartyWalletId: "W9" });
    const domestic = STRUCTURING.evaluate(out(0, 49_000_000n), historyOf([out(200, 48_000_000n), out(100, 46_000_000n)]), params);
    expect(domestic!.explanation.en).toBe(
      "3 domestic transfers on the same day, each just under the ¥500,000.00 large-value report threshold (between ¥450,000.00 and ¥500,000.00), totalling ¥1,430,000.00; threshold: 3 in one day, at most 10% under the threshold",
    );
    const cross = STRUCTURING.evaluate(out(0, 19_000_000n, true), historyOf([out(200, 18_500_000n, true), out(100, 19_900_000n, true)]), params);
    expect(cross!.explanation["zh-CN"]).toBe(
      "同一自然日内 3 笔跨境转账或付款金额均略低于 ¥200,000.00 的大额交易报告标准（¥180,000.00 至 ¥200,000.00 之间），合计 ¥574,000.00；阈值为同日 3 笔、低于标准不超过 10%",
    );
    // Kinds do not mix: ¥49,000 top-ups are not just under the domestic transfer threshold.
    expect(STRUCTURING.evaluate(out(0, 49_000_000n), historyOf([topUp(200, 4_900_000n), topUp(100, 4_900_000n)]), params)).toBeNull();
  });

  it("counts neither failed transactions nor transfers in", () => {
    expect(STRUCTURING.evaluate(topUp(0, 4_900_000n), historyOf([txn(120, { type: "TOP_UP", status: "FAILED", amountFen: 4_900_000n }), topUp(60, 4_900_000n)]), params)).toBeNull();
    expect(STRUCTURING.evaluate(txn(0, { type: "TRANSFER_IN", amountFen: 4_900_000n }), historyOf([topUp(120, 4_900_000n), topUp(60, 4_900_000n)]), params)).toBeNull();
  });
});
