import { describe, expect, it } from "vitest";
import { FAN_IN } from "@/lib/fraud/rules/fan-in";
import { defaultParams } from "@/lib/fraud/rules/params";
import { historyOf, txn } from "@/lib/fraud/rules/test-support";

const params = defaultParams(FAN_IN); // 5 senders within 24 hours, ¥5,000 in, 70% on to one recipient

const from = (n: number, amountFen = 300_000n, endMinutesAgo = 60) =>
  Array.from({ length: n }, (_, i) => txn(endMinutesAgo + (n - 1 - i) * 30, { type: "TRANSFER_IN", amountFen, counterpartyWalletId: `W_in${i}`, counterpartyName: `张${i}` }));
const collect = (amountFen: bigint, fields = {}) => txn(0, { type: "TRANSFER_OUT", amountFen, counterpartyWalletId: "W_collector", ...fields });

describe("FAN_IN", () => {
  it("fires when money from many senders goes on to one recipient, in both languages", () => {
    const prior = from(6);
    const tx = collect(1_740_000n);
    const hit = FAN_IN.evaluate(tx, historyOf(prior), params);
    expect(hit!.explanation).toEqual({
      "zh-CN": "3.5 小时内从 6 个不同对手方转入 6 笔，合计 ¥18,000.00，随后集中转给同一收款方 ¥17,400.00（占 97%）；阈值为 24 小时内 5 个对手方、转入不低于 ¥5,000.00、集中转出占比 70%",
      en: "6 transfers in from 6 different counterparties within 3.5 hours totalling ¥18,000.00, then ¥17,400.00 sent on to one recipient (97%); threshold: 5 counterparties within 24 hours, at least ¥5,000.00 in and 70% sent on",
    });
    expect(hit!.transactionIds).toEqual([...prior.map((p) => p.id), tx.id]);
  });

  it("does not fire with one sender too few, however many transfers", () => {
    const prior = [...from(4), txn(30, { type: "TRANSFER_IN", amountFen: 300_000n, counterpartyWalletId: "W_in0" })];
    expect(FAN_IN.evaluate(collect(1_500_000n), historyOf(prior), params)).toBeNull();
  });

  it("does not fire one fen under the share sent on, and adds up earlier transfers to the same recipient", () => {
    const prior = from(5); // ¥15,000 in
    expect(FAN_IN.evaluate(collect(1_050_000n), historyOf(prior), params)).not.toBeNull();
    expect(FAN_IN.evaluate(collect(1_049_999n), historyOf(prior), params)).toBeNull();
    const split = [...prior, txn(20, { type: "TRANSFER_OUT", amountFen: 600_000n, counterpartyWalletId: "W_collector" })];
    expect(FAN_IN.evaluate(collect(450_000n), historyOf(split), params)).not.toBeNull();
  });

  it("does not fire one fen under the money in", () => {
    expect(FAN_IN.evaluate(collect(499_999n), historyOf(from(5, 99_999n)), params)).toBeNull();
    expect(FAN_IN.evaluate(collect(500_000n), historyOf(from(5, 100_000n)), params)).not.toBeNull();
  });

  it("counts a withdrawal as sending on, and ignores senders outside the window or failed", () => {
    expect(FAN_IN.evaluate(txn(0, { type: "WITHDRAWAL", amountFen: 1_500_000n }), historyOf(from(5)), params)).not.toBeNull();
    const old = [txn(24 * 60 + 1, { type: "TRANSFER_IN", amountFen: 300_000n, counterpartyWalletId: "W_old" }), ...from(4)];
    expect(FAN_IN.evaluate(collect(1_500_000n), historyOf(old), params)).toBeNull();
    const failed = [txn(500, { type: "TRANSFER_IN", status: "FAILED", amountFen: 300_000n, counterpartyWalletId: "W_f" }), ...from(4)];
    expect(FAN_IN.evaluate(collect(1_500_000n), historyOf(failed), params)).toBeNull();
  });
});
