import { describe, expect, it } from "vitest";
import { decodeTransactionCursor, encodeTransactionCursor, readOpenTransaction, readTransactionCursor, transactionHref } from "@/lib/transactions/cursor";

describe("transaction cursors", () => {
  it("round-trips a position, ids beyond 2^53 included", () => {
    const createdAt = new Date("2026-11-11T03:04:05.678Z");
    const token = encodeTransactionCursor({ createdAt, id: 9_007_199_254_740_993n });
    expect(token).toMatch(/^[\w-]+$/);
    expect(decodeTransactionCursor(token, "after")).toEqual({ direction: "after", createdAt, id: 9_007_199_254_740_993n });
    expect(readTransactionCursor({ before: token })).toEqual({ direction: "before", createdAt, id: 9_007_199_254_740_993n });
  });

  it("refuses tampered or malformed tokens, so the list starts from the newest instead", () => {
    const bad = [
      "not base64!", btoa("[]"), btoa(JSON.stringify(["2026-11-11", "1"])), btoa(JSON.stringify(["2026-11-11T03:04:05.678Z", "-1"])),
      btoa(JSON.stringify(["2026-11-11T03:04:05.678Z", "1; DROP TABLE"])), btoa(JSON.stringify(["2026-11-11T03:04:05.678Z", "99999999999999999999"])),
    ];
    for (const token of bad) expect(decodeTransactionCursor(token, "after"), token).toBeNull();
    expect(readOpenTransaction({ tx: "12a" })).toBeNull();
    expect(readOpenTransaction({ tx: "42" })).toBe(42n);
  });

  it("builds links that keep the page's own parameters and leave out empty values", () => {
    expect(transactionHref("/transactions", {})).toBe("/transactions");
    expect(transactionHref("/transactions", { type: "PAYMENT", crossBorder: "1" }, { cursor: { direction: "after", token: "abc" }, tx: "7" })).toBe(
      "/transactions?type=PAYMENT&crossBorder=1&after=abc&tx=7",
    );
    expect(transactionHref("/customers/C1?tab=transactions", { wallet: "W1", status: "FAILED" }, { omitWallet: true })).toBe("/customers/C1?tab=transactions&status=FAILED");
  });
});
