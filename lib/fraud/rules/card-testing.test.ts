import { describe, expect, it } from "vitest";
import { CARD_TESTING } from "@/lib/fraud/rules/card-testing";
import { defaultParams } from "@/lib/fraud/rules/params";
import { historyOf, spread, txn } from "@/lib/fraud/rules/test-support";
import type { TransactionStatus } from "@/lib/generated/prisma/enums";

const params = defaultParams(CARD_TESTING); // 6 failed online payments of at most ¥10 within 15 minutes

const probe = (minutesAgo: number, status: TransactionStatus = "FAILED", amountFen = 300n) =>
  txn(minutesAgo, { channel: "ONLINE", status, amountFen, merchantName: "GLOBAL DIGITAL GOODS", mcc: "5816" });
const probes = (n: number, status: TransactionStatus = "FAILED") => spread(n, 1, 5, () => ({ channel: "ONLINE", status, amountFen: 300n }));

describe("CARD_TESTING", () => {
  it("fires on the sixth declined small online payment, in both languages", () => {
    const prior = [...probes(5), probe(0.5, "SUCCEEDED")];
    const tx = probe(0);
    const hit = CARD_TESTING.evaluate(tx, historyOf(prior), params);
    expect(hit!.explanation).toEqual({
      "zh-CN": "6 分钟内 7 笔小额线上付款（每笔不超过 ¥10.00），其中 6 笔失败；阈值为 15 分钟内失败 6 笔",
      en: "7 small online payments (each at most ¥10.00) within 6 minutes, 6 of them failed; threshold: 6 failed within 15 minutes",
    });
    expect(hit!.transactionIds).toHaveLength(7);
    expect(hit!.transactionIds.at(-1)).toBe(tx.id);
  });

  it("fires on a successful probe after enough declines (the card works)", () => {
    expect(CARD_TESTING.evaluate(probe(0, "SUCCEEDED"), historyOf(probes(6)), params)).not.toBeNull();
  });

  it("does not fire one failure short", () => {
    expect(CARD_TESTING.evaluate(probe(0), historyOf([...probes(4), probe(0.5, "SUCCEEDED")]), params)).toBeNull();
  });

  it("does not count payments over the small-amount ceiling, in person, or outside the window", () => {
    expect(CARD_TESTING.evaluate(probe(0, "FAILED", 1_000n), historyOf(probes(5)), params)).not.toBeNull();
    expect(CARD_TESTING.evaluate(probe(0, "FAILED", 1_001n), historyOf(probes(5)), params)).toBeNull();
    expect(CARD_TESTING.evaluate(txn(0, { channel: "QR", status: "FAILED", amountFen: 300n }), historyOf(probes(5)), params)).toBeNull();
    expect(CARD_TESTING.evaluate(probe(0), historyOf([probe(15.01), ...probes(4)]), params)).toBeNull();
    expect(CARD_TESTING.evaluate(probe(0), historyOf([probe(15), ...probes(4)]), params)).not.toBeNull();
  });
});
