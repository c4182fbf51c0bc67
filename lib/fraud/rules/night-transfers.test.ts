import { describe, expect, it } from "vitest";
import { isNightHour, NIGHT_TRANSFERS } from "@/lib/fraud/rules/night-transfers";
import { defaultParams } from "@/lib/fraud/rules/params";
import { historyOf, txn } from "@/lib/fraud/rules/test-support";
import type { ScoredTransaction } from "@/lib/fraud/rules/types";

const params = defaultParams(NIGHT_TRANSFERS); // 6 transfers, 4 counterparties, 00:00-05:00, within 6 hours

// NOW is 14:00 in Shanghai: 11 hours ago is 03:00, 13 hours ago 01:00.
const at3am = 11 * 60;
const transfer = (minutesAgo: number, other: string, inbound: boolean, amountFen = 100_000n): ScoredTransaction =>
  txn(minutesAgo, { type: inbound ? "TRANSFER_IN" : "TRANSFER_OUT", amountFen, counterpartyWalletId: other });
const night = (n: number, others = n) => Array.from({ length: n }, (_, i) => transfer(at3am + (n - i) * 10, `W${i % others}`, i % 2 === 0));

describe("NIGHT_TRANSFERS", () => {
  it("fires on the sixth night transfer with four counterparties, in both languages", () => {
    const prior = night(5);
    const tx = transfer(at3am, "W9", false, 250_000n);
    const hit = NIGHT_TRANSFERS.evaluate(tx, historyOf(prior), params);
    expect(hit!.explanation).toEqual({
      "zh-CN": "夜间（00:00–05:00）50 分钟内转入转出 6 笔，涉及 6 个不同对手方，合计 ¥7,500.00；阈值为 6 小时内 6 笔且 4 个对手方",
      en: "6 transfers in and out at night (00:00–05:00) within 50 minutes with 6 different counterparties, totalling ¥7,500.00; threshold: 6 transfers and 4 counterparties within 6 hours",
    });
    expect(hit!.transactionIds).toEqual([...prior.map((p) => p.id), tx.id]);
  });

  it("does not fire one transfer short", () => {
    expect(NIGHT_TRANSFERS.evaluate(transfer(at3am, "W9", false), historyOf(night(4)), params)).toBeNull();
  });

  it("does not fire with one counterparty too few", () => {
    expect(NIGHT_TRANSFERS.evaluate(transfer(at3am, "W0", false), historyOf(night(7, 3)), params)).toBeNull();
    expect(NIGHT_TRANSFERS.evaluate(transfer(at3am, "W3", false), historyOf(night(7, 3)), params)).not.toBeNull();
  });

  it("does not count daytime transfers, nor score a transfer at 05:00", () => {
    // 21:00-21:50 the evening before: inside the six-hour window, but not at night.
    const evening = Array.from({ length: 6 }, (_, i) => transfer(at3am + 6 * 60 - i * 10, `W${i}`, true));
    expect(NIGHT_TRANSFERS.evaluate(transfer(at3am, "W9", false), historyOf(evening), params)).toBeNull();
    const fiveAm = transfer(9 * 60, "W9", false); // 05:00
    const beforeFive = Array.from({ length: 5 }, (_, i) => transfer(9 * 60 + 10 + i * 10, `W${i}`, true));
    expect(NIGHT_TRANSFERS.evaluate(fiveAm, historyOf(beforeFive), params)).toBeNull();
    const fourFiftyNine = transfer(9 * 60 + 1, "W9", false);
    expect(NIGHT_TRANSFERS.evaluate(fourFiftyNine, historyOf(beforeFive.map((p) => ({ ...p, createdAt: new Date(p.createdAt.getTime() - 60_000) }))), params)).not.toBeNull();
  });

  it("reads a night that wraps past midnight", () => {
    expect(isNightHour(23, 22, 6)).toBe(true);
    expect(isNightHour(3, 22, 6)).toBe(true);
    expect(isNightHour(6, 22, 6)).toBe(false);
    expect(isNightHour(21, 22, 6)).toBe(false);
    expect(isNightHour(0, 0, 5)).toBe(true);
    expect(isNightHour(5, 0, 5)).toBe(false);
  });
});
