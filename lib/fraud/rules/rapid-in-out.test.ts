import { describe, expect, it } from "vitest";
import { defaultParams } from "@/lib/fraud/rules/params";
import { RAPID_IN_OUT } from "@/lib/fraud/rules/rapid-in-out";
import { historyOf, txn } from "@/lib/fraud/rules/test-support";

const params = defaultParams(RAPID_IN_OUT); // ¥10,000 in and 90% out within 60 minutes

const incoming = (minutesAgo: number, amountFen: bigint) => txn(minutesAgo, { type: "TRANSFER_IN", amountFen, counterpartyWalletId: "W5" });
const out = (minutesAgo: number, amountFen: bigint) => txn(minutesAgo, { type: "TRANSFER_OUT", amountFen, counterpartyWalletId: "W6" });

describe("RAPID_IN_OUT", () => {
  it("fires when nearly all the money in leaves within minutes, in both languages", () => {
    const prior = [txn(200, { type: "TOP_UP", amountFen: 100_000n }), incoming(12, 3_000_000n)];
    const tx = txn(0, { type: "WITHDRAWAL", amountFen: 2_950_000n, channel: "BANK_TRANSFER" });
    const hit = RAPID_IN_OUT.evaluate(tx, historyOf(prior), params);
    expect(hit!.explanation).toEqual({
      "zh-CN": "12 分钟内充值或转入 ¥30,000.00（1 笔）后转出或提现 ¥29,500.00（1 笔），占转入的 98%；阈值为 60 分钟内转入不低于 ¥10,000.00、转出占比 90%",
      en: "¥30,000.00 topped up or received (1) and ¥29,500.00 sent on or withdrawn (1) within 12 minutes, 98% of the money in; threshold: at least ¥10,000.00 in and 90% out within 60 minutes",
    });
    expect(hit!.transactionIds).toEqual([prior[1]!.id, tx.id]);
  });

  it("adds up the transfers out since the first money in", () => {
    const prior = [out(50, 5_000_000n), incoming(40, 1_000_000n), incoming(30, 1_000_000n), out(20, 1_000_000n)];
    const hit = RAPID_IN_OUT.evaluate(out(0, 800_000n), historyOf(prior), params);
    expect(hit!.facts).toMatchObject({ inFen: 2_000_000, outFen: 1_800_000, inCount: 2, outCount: 2 });
    expect(hit!.transactionIds).toEqual([prior[1]!.id, prior[2]!.id, prior[3]!.id, expect.any(BigInt)]);
  });

  it("does not fire one fen under the share sent on", () => {
    expect(RAPID_IN_OUT.evaluate(out(0, 900_000n), historyOf([incoming(10, 1_000_000n)]), params)).not.toBeNull();
    expect(RAPID_IN_OUT.evaluate(out(0, 899_999n), historyOf([incoming(10, 1_000_000n)]), params)).toBeNull();
  });

  it("does not fire one fen under the money in", () => {
    expect(RAPID_IN_OUT.evaluate(out(0, 999_999n), historyOf([incoming(10, 999_999n)]), params)).toBeNull();
  });

  it("does not count money in from outside the window", () => {
    expect(RAPID_IN_OUT.evaluate(out(0, 1_000_000n), historyOf([incoming(60, 1_000_000n)]), params)).not.toBeNull();
    expect(RAPID_IN_OUT.evaluate(out(0, 1_000_000n), historyOf([incoming(60.01, 1_000_000n)]), params)).toBeNull();
  });

  it("counts neither failed inflows nor payments as sending on", () => {
    expect(RAPID_IN_OUT.evaluate(out(0, 1_000_000n), historyOf([txn(10, { type: "TRANSFER_IN", status: "FAILED", amountFen: 1_000_000n })]), params)).toBeNull();
    expect(RAPID_IN_OUT.evaluate(txn(0, { amountFen: 1_000_000n }), historyOf([incoming(10, 1_000_000n)]), params)).toBeNull();
  });
});
