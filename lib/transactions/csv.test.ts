import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/translate";
import { transactionCsvColumns, transactionCsvFilename, transactionCsvRecord } from "@/lib/transactions/csv";
import type { TransactionExportRow } from "@/lib/transactions/read";

const base: TransactionExportRow = {
  id: "1001", reference: "20261111000000010017", walletId: "W0001", customerId: "C0001", type: "PAYMENT", status: "SUCCEEDED", channel: "QR", amountFen: 123_456_789_012_345_67n,
  currency: "CNY", originalAmountMinor: null, fxRate: null, merchantName: "盒马鲜生", mcc: "5411", counterpartyName: null, country: "CN",
  crossBorder: false, createdAt: new Date("2026-11-10T16:30:05.120Z"), counterpartyWalletId: null, cardId: "K1", deviceId: "dev-1", ip: "10.0.0.1",
};

describe("transaction CSV rows", () => {
  const zh = translator("zh-CN");

  it("masks a counterparty's name as the privacy policy masks names in exports", () => {
    expect(transactionCsvRecord({ ...base, type: "TRANSFER_OUT", counterpartyName: "胡晓明" }, zh, "zh-CN").counterparty).toBe("胡**");
  });

  it("writes exact decimal yuan from fen, Beijing time with its offset, and readable labels", () => {
    const record = transactionCsvRecord(base, zh, "zh-CN");
    expect(record.amountCny).toBe("123456789012345.67");
    expect(record.time).toBe("2026-11-11T00:30:05.120+08:00");
    expect(record.reference).toBe("20261111000000010017");
    expect(record).toMatchObject({ type: "消费", status: "成功", channel: "扫码", mcc: "5411", mccName: "超市", crossBorder: "否", originalAmount: "", fxRate: "" });
  });

  it("gives a cross-border payment its original amount in that currency's own decimals and the rate", () => {
    const jpy = transactionCsvRecord({ ...base, currency: "JPY", originalAmountMinor: 18_000n, fxRate: "0.048215", crossBorder: true, country: "JP" }, zh, "zh-CN");
    expect(jpy).toMatchObject({ currency: "JPY", originalAmount: "18000", fxRate: "0.048215", crossBorder: "是" });
    const usd = transactionCsvRecord({ ...base, currency: "USD", originalAmountMinor: 1_250n, fxRate: "7.180000", crossBorder: true }, translator("en"), "en");
    expect(usd).toMatchObject({ originalAmount: "12.50", crossBorder: "Yes", type: "Payment" });
  });

  it("names the country as the regulators write it, in the export's language, beside its code", () => {
    expect(transactionCsvRecord({ ...base, country: "TW" }, zh, "zh-CN")).toMatchObject({ country: "TW", countryName: "中国台湾" });
    expect(transactionCsvRecord({ ...base, country: "HK" }, translator("en"), "en")).toMatchObject({ country: "HK", countryName: "Hong Kong SAR, China" });
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    const record = transactionCsvRecord({ ...base, merchantName: "=HYPERLINK(\"http://x\")", deviceId: "+1", counterpartyName: null }, zh, "zh-CN");
    expect(record.merchant).toBe("'=HYPERLINK(\"http://x\")");
    expect(record.deviceId).toBe("'+1");
  });

  it("has a translated header per column and a dated file name in Beijing time", () => {
    expect(transactionCsvColumns(zh).map((c) => c.header).slice(0, 3)).toEqual(["交易流水号", "时间（北京时间）", "类型"]);
    expect(transactionCsvFilename(new Date("2026-11-10T16:30:05Z"))).toBe("transactions-20261111-0030.csv");
  });
});
