import { describe, expect, it } from "vitest";
import { LOCATION_MISMATCH } from "@/lib/fraud/rules/location-mismatch";
import { defaultParams } from "@/lib/fraud/rules/params";
import { historyOf, txn } from "@/lib/fraud/rules/test-support";

const params = defaultParams(LOCATION_MISMATCH); // 3 past transactions, at least ¥100

// At home in China, plus one trip to Japan paid from the home phone.
const usual = () => [txn(9000, { ip: "36.10.20.30" }), txn(6000, { ip: "117.1.1.1", country: "JP", crossBorder: true }), txn(3000, { ip: "36.10.20.30" })];
const RU = "194.26.29.77";

describe("LOCATION_MISMATCH", () => {
  it("fires on a domestic payment from a foreign address the wallet never used, in both languages", () => {
    const tx = txn(0, { ip: RU, amountFen: 150_000n, channel: "ONLINE" });
    const hit = LOCATION_MISMATCH.evaluate(tx, historyOf(usual()), params);
    expect(hit!.explanation).toEqual({
      "zh-CN": "付款 ¥1,500.00 来自俄罗斯的 IP 地址 194.26.29.77，交易发生地为中国，该钱包近 30 天 3 笔交易只用过中国、日本；阈值为与交易地及常用地均不符且至少 3 笔历史交易",
      en: "A payment of ¥1,500.00 from an IP address in Russia (194.26.29.77) while the transaction is in China, and the wallet's 3 transactions of the last 30 days used only China, Japan; threshold: unlike both the transaction's and the usual countries, with at least 3 past transactions",
    });
    expect(hit!.facts).toMatchObject({ ipCountry: "RU", transactionCountry: "CN", usualCountries: "CN,JP" });
    expect(hit!.transactionIds).toEqual([tx.id]);
  });

  it("names Hong Kong, Macao and Taiwan as the regulators write them (lib/i18n/regions.ts), in both languages", () => {
    const tx = txn(0, { ip: "203.198.4.5", amountFen: 150_000n, channel: "ONLINE" });
    const hit = LOCATION_MISMATCH.evaluate(tx, historyOf(usual()), params);
    expect(hit!.explanation["zh-CN"]).toContain("来自中国香港特别行政区的 IP 地址 203.198.4.5");
    expect(hit!.explanation.en).toContain("from an IP address in Hong Kong SAR, China (203.198.4.5)");
    expect(hit!.facts).toMatchObject({ ipCountry: "HK" });
  });

  it("does not fire with one past transaction too few", () => {
    expect(LOCATION_MISMATCH.evaluate(txn(0, { ip: RU }), historyOf(usual().slice(1)), params)).toBeNull();
  });

  it("does not fire one fen under the minimum amount", () => {
    expect(LOCATION_MISMATCH.evaluate(txn(0, { ip: RU, amountFen: 9_999n }), historyOf(usual()), params)).toBeNull();
    expect(LOCATION_MISMATCH.evaluate(txn(0, { ip: RU, amountFen: 10_000n }), historyOf(usual()), params)).not.toBeNull();
  });

  it("does not fire when the address's country is the transaction's or one the wallet used", () => {
    // Paying a Russian merchant from Russia.
    expect(LOCATION_MISMATCH.evaluate(txn(0, { ip: RU, country: "RU", crossBorder: true }), historyOf(usual()), params)).toBeNull();
    // The wallet has been in Russia before (by address, another one of the same range).
    const visited = [...usual(), txn(100, { ip: "194.26.29.5", country: "RU", crossBorder: true })];
    expect(LOCATION_MISMATCH.evaluate(txn(0, { ip: RU }), historyOf(visited), params)).toBeNull();
    // A traveller abroad paying with the home phone: the address is Chinese.
    expect(LOCATION_MISMATCH.evaluate(txn(0, { ip: "36.1.1.1", country: "TH", crossBorder: true }), historyOf(usual()), params)).toBeNull();
  });

  it("does not judge addresses the table does not know, nor failed or platform transactions", () => {
    expect(LOCATION_MISMATCH.evaluate(txn(0, { ip: "8.8.8.8" }), historyOf(usual()), params)).toBeNull();
    expect(LOCATION_MISMATCH.evaluate(txn(0, { ip: RU, status: "FAILED" }), historyOf(usual()), params)).toBeNull();
    expect(LOCATION_MISMATCH.evaluate(txn(0, { ip: RU, type: "CASHBACK" }), historyOf(usual()), params)).toBeNull();
  });
});

describe("LOCATION_MISMATCH for travellers", () => {
  it("does not fire on a payment to a Japanese merchant from a Japanese carrier's address", () => {
    expect(LOCATION_MISMATCH.evaluate(txn(0, { ip: "133.106.7.8", country: "JP", crossBorder: true }), historyOf(usual()), params)).toBeNull();
  });

  it("fires when a roaming address pays a domestic merchant the wallet never paid from abroad", () => {
    const hit = LOCATION_MISMATCH.evaluate(txn(0, { ip: "81.2.3.4", channel: "ONLINE" }), historyOf(usual()), params);
    expect(hit!.facts).toMatchObject({ ipCountry: "GB", transactionCountry: "CN" });
  });
});
