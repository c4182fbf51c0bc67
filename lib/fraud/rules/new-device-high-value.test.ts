import { describe, expect, it } from "vitest";
import { NEW_DEVICE_HIGH_VALUE } from "@/lib/fraud/rules/new-device-high-value";
import { defaultParams } from "@/lib/fraud/rules/params";
import { historyOf, txn } from "@/lib/fraud/rules/test-support";

const params = defaultParams(NEW_DEVICE_HIGH_VALUE); // ¥3,000 from a device first used within 24 hours

const usual = () => [txn(10 * 24 * 60), txn(5 * 24 * 60), txn(2 * 24 * 60)];
const stolen = { deviceId: "dev_new", type: "TRANSFER_OUT" as const, counterpartyWalletId: "W9" };

describe("NEW_DEVICE_HIGH_VALUE", () => {
  it("fires on a large transfer from a device never used on the wallet, in both languages", () => {
    const tx = txn(0, { ...stolen, amountFen: 800_000n });
    const hit = NEW_DEVICE_HIGH_VALUE.evaluate(tx, historyOf(usual()), params);
    expect(hit!.explanation).toEqual({
      "zh-CN": "首次使用的新设备发起转出 ¥8,000.00；阈值为新设备（首次使用 24 小时内）单笔 ¥3,000.00",
      en: "A transfer out of ¥8,000.00 from a device never used on this wallet before; threshold: ¥3,000.00 in one transaction from a device first used within 24 hours",
    });
    expect(hit!.transactionIds).toEqual([tx.id]);
  });

  it("fires again on the device's later transfers, with what it has sent in all", () => {
    const first = txn(35, { ...stolen, amountFen: 700_000n });
    const tx = txn(0, { ...stolen, amountFen: 800_000n });
    const hit = NEW_DEVICE_HIGH_VALUE.evaluate(tx, historyOf([...usual(), first]), params);
    expect(hit!.explanation).toEqual({
      "zh-CN": "35 分钟前首次使用的新设备发起转出 ¥8,000.00，该设备累计支出 ¥15,000.00（2 笔）；阈值为新设备（首次使用 24 小时内）单笔 ¥3,000.00",
      en: "A transfer out of ¥8,000.00 from a device first used on this wallet 35 minutes ago (¥15,000.00 sent from it in 2 transactions); threshold: ¥3,000.00 in one transaction from a device first used within 24 hours",
    });
    expect(hit!.transactionIds).toEqual([first.id, tx.id]);
  });

  it("does not fire one fen under the amount", () => {
    expect(NEW_DEVICE_HIGH_VALUE.evaluate(txn(0, { ...stolen, amountFen: 299_999n }), historyOf(usual()), params)).toBeNull();
    expect(NEW_DEVICE_HIGH_VALUE.evaluate(txn(0, { ...stolen, amountFen: 300_000n }), historyOf(usual()), params)).not.toBeNull();
  });

  it("does not fire once the device is older than the new-device period", () => {
    const seen = (minutes: number) => historyOf([...usual(), txn(minutes, { deviceId: "dev_new" })]);
    expect(NEW_DEVICE_HIGH_VALUE.evaluate(txn(0, { ...stolen, amountFen: 800_000n }), seen(24 * 60), params)).not.toBeNull();
    expect(NEW_DEVICE_HIGH_VALUE.evaluate(txn(0, { ...stolen, amountFen: 800_000n }), seen(24 * 60 + 1), params)).toBeNull();
  });

  it("does not fire on a wallet with no earlier activity on another device (a new customer's first phone)", () => {
    expect(NEW_DEVICE_HIGH_VALUE.evaluate(txn(0, { ...stolen, amountFen: 800_000n }), historyOf([]), params)).toBeNull();
    const older = historyOf([], { lastActivityBeforeWindow: new Date("2026-09-01T00:00:00Z") });
    expect(NEW_DEVICE_HIGH_VALUE.evaluate(txn(0, { ...stolen, amountFen: 800_000n }), older, params)).not.toBeNull();
  });

  it("scores only outflows that moved", () => {
    expect(NEW_DEVICE_HIGH_VALUE.evaluate(txn(0, { ...stolen, amountFen: 800_000n, status: "FAILED" }), historyOf(usual()), params)).toBeNull();
    expect(NEW_DEVICE_HIGH_VALUE.evaluate(txn(0, { ...stolen, type: "TOP_UP", amountFen: 800_000n }), historyOf(usual()), params)).toBeNull();
  });
});
