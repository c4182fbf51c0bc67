import { describe, expect, it } from "vitest";
import { parseTransactionReference, REFERENCE_LENGTH, transactionReference } from "@/lib/transactions/reference-number";

// 2026-11-11 00:30 in Beijing is still 11-10 in UTC: the reference carries the Beijing day.
const at = new Date("2026-11-10T16:30:00Z");

describe("transaction reference numbers", () => {
  it("reads as the Beijing date, the padded id and a check digit", () => {
    const reference = transactionReference(123456n, at);
    expect(reference).toHaveLength(REFERENCE_LENGTH);
    expect(reference.startsWith("2026111100000123456")).toBe(true);
  });

  it("parses back to the id and the Beijing day, typed with spaces or dashes too", () => {
    const reference = transactionReference(987n, at);
    const parsed = parseTransactionReference(`${reference.slice(0, 8)} ${reference.slice(8, 14)}-${reference.slice(14)}`);
    expect(parsed?.id).toBe(987n);
    expect(parsed?.dayStart.toISOString()).toBe("2026-11-10T16:00:00.000Z");
    expect(parsed?.dayEnd.toISOString()).toBe("2026-11-11T16:00:00.000Z");
  });

  it("refuses a mistyped digit, two swapped digits, an impossible date and a bare row number", () => {
    const reference = transactionReference(123456n, at);
    const typo = reference.slice(0, 15) + ((Number(reference[15]) + 1) % 10) + reference.slice(16);
    const swapped = reference.slice(0, 16) + reference[17] + reference[16] + reference.slice(18);
    expect(reference[16]).not.toBe(reference[17]);
    expect(parseTransactionReference(typo)).toBeNull();
    expect(parseTransactionReference(swapped)).toBeNull();
    expect(parseTransactionReference("20261131" + reference.slice(8))).toBeNull();
    expect(parseTransactionReference("123456")).toBeNull();
  });
});
