import { describe, expect, it } from "vitest";
import { FAN_OUT } from "@/lib/fraud/rules/fan-out";
import { defaultParams } from "@/lib/fraud/rules/params";
import { historyOf, txn } from "@/lib/fraud/rules/test-support";

const params = defaultParams(FAN_OUT); // ¥10,000 in, 5 recipients and 70% out within 24 hours

const received = (amountFen: bigint, minutesAgo = 60) => txn(minutesAgo, { type: "TRANSFER_IN", amountFen, counterpartyWalletId: "W_boss" });
const pay = (minutesAgo: number, to: string, amountFen: bigint) => txn(minutesAgo, { type: "TRANSFER_OUT", amountFen, counterpartyWalletId: to });
const spreadOut = (n: number, amountFen: bigint) => Array.from({ length: n }, (_, i) => pay(50 - i * 5, `W_out${i}`, amountFen));

describe("FAN_OUT", () => {
  it("fires when one inflow is spread over many recipients, in both languages", () => {
    const prior = [received(4_000_000n), ...spreadOut(4, 700_000n)];
    const tx = pay(0, "W_out9", 700_000n);
    const hit = FAN_OUT.evaluate(tx, historyOf(prior), params);
    expect(hit!.explanation).toEqual({
      "zh-CN": "60 分钟内转入或充值 ¥40,000.00（1 笔）后分散转给 5 个不同对手方 ¥35,000.00（5 笔，占 88%）；阈值为 24 小时内 5 个对手方、转入不低于 ¥10,000.00、转出占比 70%",
      en: "¥40,000.00 received or topped up (1) and ¥35,000.00 sent on to 5 different counterparties (5 transfers, 88%) within 60 minutes; threshold: 5 counterparties within 24 hours, at least ¥10,000.00 in and 70% sent on",
    });
    expect(hit!.transactionIds).toEqual([...prior.map((p) => p.id), tx.id]);
  });

  it("does not fire with one recipient too few, however many transfers", () => {
    const prior = [received(4_000_000n), ...spreadOut(3, 700_000n), pay(10, "W_out0", 700_000n)];
    expect(FAN_OUT.evaluate(pay(0, "W_out1", 700_000n), historyOf(prior), params)).toBeNull();
  });

  it("does not fire one fen under the share sent on", () => {
    const prior = [received(4_000_000n), ...spreadOut(4, 600_000n)]; // ¥24,000 out before this one
    expect(FAN_OUT.evaluate(pay(0, "W_out9", 400_000n), historyOf(prior), params)).not.toBeNull();
    expect(FAN_OUT.evaluate(pay(0, "W_out9", 399_999n), historyOf(prior), params)).toBeNull();
  });

  it("does not fire one fen under the money in", () => {
    expect(FAN_OUT.evaluate(pay(0, "W_out9", 200_000n), historyOf([received(999_999n), ...spreadOut(4, 200_000n)]), params)).toBeNull();
    expect(FAN_OUT.evaluate(pay(0, "W_out9", 200_000n), historyOf([received(1_000_000n), ...spreadOut(4, 200_000n)]), params)).not.toBeNull();
  });

  it("counts only transfers out after the money came in", () => {
    const before = [...spreadOut(4, 700_000n).map((p) => ({ ...p, createdAt: new Date(p.createdAt.getTime() - 120 * 60_000) })), received(4_000_000n)];
    expect(FAN_OUT.evaluate(pay(0, "W_out9", 3_500_000n), historyOf(before), params)).toBeNull();
  });
});
