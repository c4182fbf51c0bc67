import { describe, expect, it } from "vitest";
import { fenToYuanText, formatCny, formatCnyPerYuan, formatForeign, parseYuanText } from "./money";

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

  it("writes yuan with ¥ in both languages, never English Intl's CN¥", () => {
    expect(formatCny(57_980_211n, "zh-CN")).toBe("¥579,802.11");
    expect(formatCny(57_980_211n, "en")).toBe("¥579,802.11");
    expect(formatCny(-5n, "en")).toBe("-¥0.05");
    expect(formatCny(579_802_110n, "en", { compact: true })).toBe("¥5.8M");
    expect(formatCny(579_802_110n, "zh-CN", { compact: true })).toBe("¥579.8万");
  });

  it("writes every foreign amount as ISO code and amount, the same in both languages", () => {
    for (const locale of ["zh-CN", "en"]) {
      expect(formatForeign(386_148n, "KRW", locale)).toBe("KRW\u00a0386,148");
      expect(formatForeign(404_277n, "THB", locale)).toBe("THB\u00a04,042.77");
      expect(formatForeign(1_800n, "JPY", locale)).toBe("JPY\u00a01,800");
      expect(formatForeign(-1_250n, "USD", locale)).toBe("-USD\u00a012.50");
    }
  });
});

describe("formatCnyPerYuan", () => {
  it("keeps a cost under a fen per yuan readable", () => {
    expect(formatCnyPerYuan(0.01374, "zh-CN")).toBe("¥0.0137");
    expect(formatCnyPerYuan(1.5, "en")).toBe("¥1.5000");
  });
});
