import { describe, expect, it } from "vitest";
import { fenToYuanText, formatCny, parseYuanText } from "./money";

describe("money", () => {
  it("reads typed yuan exactly, with or without separators and decimals", () => {
    expect(parseYuanText("5000")).toBe(500_000n);
    expect(parseYuanText("5,000.5")).toBe(500_050n);
    expect(parseYuanText(" 0.01 ")).toBe(1n);
    expect(parseYuanText("9007199254740.99")).toBe(900_719_925_474_099n);
  });

  it("refuses what is not a non-negative amount with at most two decimals", () => {
    for (const text of ["", "-5", "1.234", "1e5", "abc", "1.2.3", "."]) expect(parseYuanText(text), text).toBeNull();
  });

  it("writes fen back as plain yuan, the inverse of parsing", () => {
    expect(fenToYuanText(500_050n)).toBe("5000.50");
    expect(fenToYuanText(-5n)).toBe("-0.05");
    expect(parseYuanText(fenToYuanText(123_456_789n))).toBe(123_456_789n);
  });

  it("formats CNY in both languages", () => {
    expect(formatCny(123_456n, "zh-CN")).toBe("¥1,234.56");
    expect(formatCny(-5n, "en")).toBe("-CN¥0.05");
  });
});
