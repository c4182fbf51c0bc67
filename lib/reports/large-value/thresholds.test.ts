import { describe, expect, it } from "vitest";
import type { TransactionType } from "@/lib/generated/prisma/enums";
import { classifyTransaction } from "@/lib/reports/large-value/classify";
import { detectCrossings, fenToUsdCents, rateMicros, usdEquivalentCents, type LargeValueCandidate } from "@/lib/reports/large-value/thresholds";
import type { ThresholdSet } from "@/lib/reports/rules/types";

// Version 1 of the rule set as the migration inserts it.
const thresholds: ThresholdSet = {
  CASH: { reportCode: "0501", cnyFen: 5_000_000n, usdCents: 1_000_000n },
  NON_NATURAL_TRANSFER: { reportCode: "0502", cnyFen: 200_000_000n, usdCents: 20_000_000n },
  NATURAL_DOMESTIC_TRANSFER: { reportCode: "0503", cnyFen: 50_000_000n, usdCents: 10_000_000n },
  NATURAL_CROSS_BORDER: { reportCode: "0504", cnyFen: 20_000_000n, usdCents: 1_000_000n },
};
const rules = { thresholds, usdCnyRate: 7.1 };

let nextId = 1n;
function tx(type: TransactionType, amountFen: bigint, createdAt: string, extra: Partial<LargeValueCandidate> = {}): LargeValueCandidate {
  return {
    id: nextId++,
    customerId: "c1",
    type,
    status: "SUCCEEDED",
    amountFen,
    currency: "CNY",
    originalAmountMinor: null,
    crossBorder: false,
    createdAt: new Date(createdAt),
    ...extra,
  };
}
const yuan = (n: number) => BigInt(n) * 100n;

describe("classifyTransaction", () => {
  const base = { status: "SUCCEEDED" as const, crossBorder: false };
  it("puts top-ups and withdrawals under cash, in and out", () => {
    expect(classifyTransaction({ ...base, type: "TOP_UP" }, "NATURAL")).toEqual({ thresholdCode: "CASH", direction: "IN" });
    expect(classifyTransaction({ ...base, type: "WITHDRAWAL" }, "NATURAL")).toEqual({ thresholdCode: "CASH", direction: "OUT" });
    expect(classifyTransaction({ ...base, type: "TOP_UP" }, "NON_NATURAL")).toEqual({ thresholdCode: "CASH", direction: "IN" });
  });
  it("puts transfers, payments and refunds under the domestic or cross-border transfer threshold", () => {
    expect(classifyTransaction({ ...base, type: "TRANSFER_IN" }, "NATURAL")).toEqual({ thresholdCode: "NATURAL_DOMESTIC_TRANSFER", direction: "IN" });
    expect(classifyTransaction({ ...base, type: "REFUND" }, "NATURAL")).toEqual({ thresholdCode: "NATURAL_DOMESTIC_TRANSFER", direction: "IN" });
    expect(classifyTransaction({ ...base, type: "PAYMENT" }, "NATURAL")).toEqual({ thresholdCode: "NATURAL_DOMESTIC_TRANSFER", direction: "OUT" });
    expect(classifyTransaction({ ...base, type: "PAYMENT", crossBorder: true }, "NATURAL")).toEqual({ thresholdCode: "NATURAL_CROSS_BORDER", direction: "OUT" });
    expect(classifyTransaction({ ...base, type: "TRANSFER_OUT", crossBorder: true }, "NON_NATURAL")).toEqual({ thresholdCode: "NON_NATURAL_TRANSFER", direction: "OUT" });
  });
  it("never counts cashback, claw-backs or anything not SUCCEEDED", () => {
    expect(classifyTransaction({ ...base, type: "CASHBACK" }, "NATURAL")).toBeNull();
    expect(classifyTransaction({ ...base, type: "CASHBACK_CLAWBACK" }, "NATURAL")).toBeNull();
    for (const status of ["PENDING", "FAILED", "REVERSED"] as const) expect(classifyTransaction({ ...base, status, type: "TOP_UP" }, "NATURAL")).toBeNull();
  });
});

describe("USD equivalents", () => {
  it("reads the rate as millionths", () => {
    expect(rateMicros(7.1)).toBe(7_100_000n);
    expect(rateMicros("7.123456")).toBe(7_123_456n);
    expect(() => rateMicros(0)).toThrow(RangeError);
  });
  it("converts fen to cents at the rate, half up", () => {
    expect(fenToUsdCents(710n, 7.1)).toBe(100n);
    expect(fenToUsdCents(5_000_000n, 7.1)).toBe(704_225n); // 704225.35…
    expect(fenToUsdCents(71n, 142)).toBe(1n); // 0.5 exactly rounds up
    expect(fenToUsdCents(70n, 142)).toBe(0n); // 0.49…
  });
  it("takes a USD transaction's own amount", () => {
    expect(usdEquivalentCents({ amountFen: 7_200_000n, currency: "USD", originalAmountMinor: 1_000_000n }, 7.1)).toBe(1_000_000n);
    expect(usdEquivalentCents({ amountFen: 7_100_000n, currency: "EUR", originalAmountMinor: 930_000n }, 7.1)).toBe(1_000_000n);
  });
});

describe("detectCrossings", () => {
  it("reports a single cash transaction exactly at the threshold and not one fen below", () => {
    const at = detectCrossings([tx("TOP_UP", yuan(50_000), "2026-12-01T10:00:00+08:00")], rules);
    expect(at).toHaveLength(1);
    expect(at[0]).toMatchObject({ thresholdCode: "CASH", direction: "IN", reportCode: "0501", totalFen: yuan(50_000), day: "2026-12-01" });
    expect(at[0]?.detectionKey).toBe("c1|2026-12-01|CASH|IN");
    expect(detectCrossings([tx("TOP_UP", yuan(50_000) - 1n, "2026-12-01T10:00:00+08:00")], rules)).toEqual([]);
  });

  it("reports the day's cumulative total of smaller transactions", () => {
    const crossings = detectCrossings(
      [
        tx("WITHDRAWAL", yuan(20_000), "2026-12-01T09:00:00+08:00"),
        tx("WITHDRAWAL", yuan(20_000), "2026-12-01T12:00:00+08:00"),
        tx("WITHDRAWAL", yuan(10_000), "2026-12-01T18:00:00+08:00"),
      ],
      rules,
    );
    expect(crossings).toHaveLength(1);
    expect(crossings[0]).toMatchObject({ thresholdCode: "CASH", direction: "OUT", totalFen: yuan(50_000) });
    expect(crossings[0]?.transactionIds).toHaveLength(3);
  });

  it("counts money in and money out separately", () => {
    const crossings = detectCrossings(
      [tx("TOP_UP", yuan(30_000), "2026-12-01T09:00:00+08:00"), tx("WITHDRAWAL", yuan(30_000), "2026-12-01T10:00:00+08:00")],
      rules,
    );
    expect(crossings).toEqual([]);
    const both = detectCrossings(
      [
        tx("TRANSFER_IN", yuan(300_000), "2026-12-01T09:00:00+08:00"),
        tx("REFUND", yuan(200_000), "2026-12-01T09:30:00+08:00"),
        tx("TRANSFER_OUT", yuan(250_000), "2026-12-01T10:00:00+08:00"),
        tx("PAYMENT", yuan(250_000), "2026-12-01T11:00:00+08:00"),
      ],
      rules,
    );
    expect(both.map((c) => `${c.thresholdCode}/${c.direction}/${c.totalFen}`).sort()).toEqual([
      `NATURAL_DOMESTIC_TRANSFER/IN/${yuan(500_000)}`,
      `NATURAL_DOMESTIC_TRANSFER/OUT/${yuan(500_000)}`,
    ]);
  });

  it("keeps customers and thresholds apart", () => {
    const crossings = detectCrossings(
      [
        tx("TOP_UP", yuan(30_000), "2026-12-01T09:00:00+08:00"),
        tx("TRANSFER_IN", yuan(30_000), "2026-12-01T09:00:00+08:00"),
        tx("TOP_UP", yuan(30_000), "2026-12-01T09:00:00+08:00", { customerId: "c2" }),
      ],
      rules,
    );
    expect(crossings).toEqual([]);
  });

  it("reports a USD-denominated cross-border payment at USD 10,000 even when its CNY amount is below ¥200,000", () => {
    const usd = tx("PAYMENT", yuan(71_000), "2026-12-01T15:00:00+08:00", { crossBorder: true, currency: "USD", originalAmountMinor: 1_000_000n });
    const crossings = detectCrossings([usd], rules);
    expect(crossings).toHaveLength(1);
    expect(crossings[0]).toMatchObject({ thresholdCode: "NATURAL_CROSS_BORDER", direction: "OUT", reportCode: "0504", totalUsdCents: 1_000_000n });
    const below = tx("PAYMENT", yuan(71_000), "2026-12-01T15:00:00+08:00", { crossBorder: true, currency: "USD", originalAmountMinor: 999_999n });
    expect(detectCrossings([below], rules)).toEqual([]);
  });

  it("sums per-transaction USD equivalents for a cumulative cross-border total", () => {
    // ¥35,500 = USD 5,000.00 at 7.1, twice: USD 10,000 cumulative, though ¥71,000 is far below ¥200,000.
    const crossings = detectCrossings(
      [
        tx("PAYMENT", yuan(35_500), "2026-12-01T09:00:00+08:00", { crossBorder: true }),
        tx("PAYMENT", yuan(35_500), "2026-12-01T21:00:00+08:00", { crossBorder: true }),
      ],
      rules,
    );
    expect(crossings).toHaveLength(1);
    expect(crossings[0]?.totalUsdCents).toBe(1_000_000n);
  });

  it("splits the day at midnight Shanghai time", () => {
    const late = tx("TOP_UP", yuan(25_000), "2026-12-01T23:59:59.999+08:00");
    const early = tx("TOP_UP", yuan(25_000), "2026-12-02T00:00:00+08:00");
    expect(detectCrossings([late, early], rules)).toEqual([]);
    const sameDay = tx("TOP_UP", yuan(25_000), "2026-12-01T00:00:00+08:00");
    const crossings = detectCrossings([late, sameDay], rules);
    expect(crossings).toHaveLength(1);
    expect(crossings[0]?.day).toBe("2026-12-01");
    // 2026-12-01T16:00:00Z is already 12-02 in Shanghai.
    expect(detectCrossings([tx("TOP_UP", yuan(50_000), "2026-12-01T16:00:00Z")], rules)[0]?.day).toBe("2026-12-02");
  });

  it("ignores cashback and failed transactions in the totals", () => {
    const crossings = detectCrossings(
      [
        tx("TOP_UP", yuan(49_999), "2026-12-01T09:00:00+08:00"),
        tx("TOP_UP", yuan(10), "2026-12-01T09:05:00+08:00", { status: "FAILED" }),
        tx("CASHBACK", yuan(10), "2026-12-01T09:10:00+08:00"),
      ],
      rules,
    );
    expect(crossings).toEqual([]);
  });

  it("uses the non-natural threshold when the party type says so", () => {
    const transfer = tx("TRANSFER_OUT", yuan(600_000), "2026-12-01T09:00:00+08:00");
    expect(detectCrossings([transfer], rules, () => "NON_NATURAL")).toEqual([]);
    expect(detectCrossings([transfer], rules)).toHaveLength(1);
  });
});
