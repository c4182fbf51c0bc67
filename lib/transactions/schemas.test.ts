import { describe, expect, it } from "vitest";
import { readTransactionFilters, transactionBounds } from "@/lib/transactions/schemas";

describe("transaction filters from a URL", () => {
  it("reads every filter, trimming and normalising what was typed", () => {
    const { filters, invalid } = readTransactionFilters(
      new URLSearchParams("from=2026-11-11T00:00&to=2026-11-11T23:59&type=PAYMENT&channel=QR&status=SUCCEEDED&min=1,000&max=5000.5&mcc=5411&country=jp&crossBorder=1&wallet=W0001"),
    );
    expect(invalid).toEqual([]);
    expect(filters).toEqual({
      from: "2026-11-11T00:00", to: "2026-11-11T23:59", type: "PAYMENT", channel: "QR", status: "SUCCEEDED",
      min: "1,000", max: "5000.5", mcc: "5411", country: "JP", crossBorder: "1", wallet: "W0001",
    });
  });

  it("treats empty fields as no filter and an unticked box as not cross-border only", () => {
    expect(readTransactionFilters({ type: "", min: "  ", crossBorder: undefined })).toEqual({ filters: {}, invalid: [], values: {} });
  });

  it("names every invalid filter and filters nothing, rather than silently widening the search", () => {
    const { filters, invalid } = readTransactionFilters({ type: "STEAL", min: "-5", max: "1.234", mcc: "54", country: "JPN", from: "2026-02-30T10:00" });
    expect(filters).toEqual({});
    expect(invalid.sort()).toEqual(["country", "from", "max", "mcc", "min", "type"]);
  });

  it("refuses an end before the start and a maximum below the minimum", () => {
    expect(readTransactionFilters({ from: "2026-11-12T00:00", to: "2026-11-11T00:00" }).invalid).toEqual(["to"]);
    expect(readTransactionFilters({ min: "500", max: "499.99" }).invalid).toEqual(["max"]);
    expect(readTransactionFilters({ min: "500", max: "500" }).invalid).toEqual([]);
  });

  it("turns Beijing wall-clock times into instants, the end minute included, and yuan into exact fen", () => {
    const bounds = transactionBounds(readTransactionFilters({ from: "2026-11-11T00:00", to: "2026-11-11T23:59", min: "0.01", max: "9007199254740.99" }).filters);
    expect(bounds.from?.toISOString()).toBe("2026-11-10T16:00:00.000Z");
    expect(bounds.toExclusive?.toISOString()).toBe("2026-11-11T16:00:00.000Z");
    expect(bounds.minFen).toBe(1n);
    expect(bounds.maxFen).toBe(900_719_925_474_099n);
  });
});
