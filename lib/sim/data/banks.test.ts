import { describe, expect, it } from "vitest";
import { bankNameIn, CARD_BINS, UNKNOWN_ISSUER } from "./banks";

describe("issuer names", () => {
  it("gives every issuer an English name for the English UI, and keeps the Chinese one in Chinese", () => {
    expect(bankNameIn("中国光大银行", "en")).toBe("China Everbright Bank");
    expect(bankNameIn(UNKNOWN_ISSUER.bankName, "en")).toBe("Unknown issuer");
    expect(bankNameIn("中国光大银行", "zh-CN")).toBe("中国光大银行");
    for (const bin of CARD_BINS) expect(bankNameIn(bin.bankName, "en"), bin.bin).toMatch(/^[A-Za-z ]+$/);
  });

  it("leaves a name it does not know, such as what a card's face read, as written", () => {
    expect(bankNameIn("某某农商银行", "en")).toBe("某某农商银行");
  });
});
