import { describe, expect, it } from "vitest";
import { DORMANT_REACTIVATION } from "@/lib/fraud/rules/dormant-reactivation";
import { defaultParams } from "@/lib/fraud/rules/params";
import { DAY, historyOf, NOW, txn } from "@/lib/fraud/rules/test-support";

const params = defaultParams(DORMANT_REACTIVATION); // 60 days idle, 72-hour spell, ¥5,000

const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);
const idleSince = (days: number) => historyOf([], { lastActivityBeforeWindow: daysAgo(days) });

describe("DORMANT_REACTIVATION", () => {
  it("fires on a large transfer in after 75 idle days, in both languages", () => {
    const tx = txn(0, { type: "TRANSFER_IN", amountFen: 2_000_000n, counterpartyWalletId: "W7" });
    const hit = DORMANT_REACTIVATION.evaluate(tx, idleSince(75), params);
    expect(hit!.explanation).toEqual({
      "zh-CN": "闲置 75 天后突然启用，转入 ¥20,000.00；阈值为闲置 60 天以上、单笔不低于 ¥5,000.00",
      en: "Used again after 75 days idle: a transfer in of ¥20,000.00; threshold: 60 days idle and at least ¥5,000.00 in one transaction",
    });
    expect(hit!.transactionIds).toEqual([tx.id]);
  });

  it("fires on the spell's later transactions, measuring the silence before the spell began", () => {
    const woke = txn(90, { type: "TRANSFER_IN", amountFen: 2_000_000n, counterpartyWalletId: "W7" });
    const tx = txn(0, { type: "TRANSFER_OUT", amountFen: 1_000_000n, counterpartyWalletId: "W8" });
    // The last activity is exactly 60 days before the wake-up transfer (less before this one would not matter).
    const history = historyOf([woke], { lastActivityBeforeWindow: new Date(woke.createdAt.getTime() - 60 * DAY) });
    const hit = DORMANT_REACTIVATION.evaluate(tx, history, params);
    expect(hit!.explanation).toEqual({
      "zh-CN": "闲置 60 天后突然启用，90 分钟内收付 2 笔，合计 ¥30,000.00，本笔转出 ¥10,000.00；阈值为闲置 60 天以上、单笔不低于 ¥5,000.00",
      en: "Used again after 60 days idle: 2 transactions totalling ¥30,000.00 within 90 minutes, this one a transfer out of ¥10,000.00; threshold: 60 days idle and at least ¥5,000.00 in one transaction",
    });
    expect(hit!.transactionIds).toEqual([woke.id, tx.id]);
  });

  it("does not fire a minute short of the dormancy period", () => {
    const history = historyOf([], { lastActivityBeforeWindow: new Date(NOW.getTime() - 60 * DAY + 60_000) });
    expect(DORMANT_REACTIVATION.evaluate(txn(0, { type: "TOP_UP", amountFen: 2_000_000n }), history, params)).toBeNull();
  });

  it("does not fire one fen under the minimum amount", () => {
    expect(DORMANT_REACTIVATION.evaluate(txn(0, { type: "TOP_UP", amountFen: 499_999n }), idleSince(75), params)).toBeNull();
    expect(DORMANT_REACTIVATION.evaluate(txn(0, { type: "TOP_UP", amountFen: 500_000n }), idleSince(75), params)).not.toBeNull();
  });

  it("does not fire on a wallet active recently or with no known earlier activity", () => {
    const recent = historyOf([txn(20 * 24 * 60)], { lastActivityBeforeWindow: daysAgo(200) });
    expect(DORMANT_REACTIVATION.evaluate(txn(0, { type: "TOP_UP", amountFen: 2_000_000n }), recent, params)).toBeNull();
    expect(DORMANT_REACTIVATION.evaluate(txn(0, { type: "TOP_UP", amountFen: 2_000_000n }), historyOf([]), params)).toBeNull();
  });

  it("does not count a failed attempt or a cashback as activity", () => {
    const noise = historyOf([txn(20 * 24 * 60, { status: "FAILED" }), txn(10 * 24 * 60, { type: "CASHBACK", amountFen: 100n })], { lastActivityBeforeWindow: daysAgo(75) });
    expect(DORMANT_REACTIVATION.evaluate(txn(0, { type: "TOP_UP", amountFen: 2_000_000n }), noise, params)).not.toBeNull();
  });
});
