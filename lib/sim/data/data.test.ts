import { describe, expect, it } from "vitest";
import { CARD_BINS, UNKNOWN_BINS } from "./banks";
import { CROSS_BORDER_MERCHANTS, DOMESTIC_MERCHANTS, FX_RATES_CNY } from "./merchants";
import { GIVEN_NAME_CHARS_FEMALE, GIVEN_NAME_CHARS_MALE, GIVEN_NAME_CHARS_NEUTRAL, PHONE_PREFIXES, SURNAMES } from "./names";
import { ETHNICITIES, issuingAuthority, PROVINCES, regionAddress } from "./regions";

describe("regions", () => {
  it("covers the 31 mainland provincial-level divisions once each", () => {
    expect(PROVINCES).toHaveLength(31);
    expect(new Set(PROVINCES.map((p) => p.code)).size).toBe(31);
  });

  it("gives every city a 6-digit area code inside its province", () => {
    for (const province of PROVINCES) {
      expect(province.code).toMatch(/^\d{2}$/);
      expect(province.weight).toBeGreaterThan(0);
      expect(province.cities.length).toBeGreaterThanOrEqual(2);
      expect(province.cities.length).toBeLessThanOrEqual(4);
      for (const city of province.cities) {
        expect(city.areaCode).toMatch(/^\d{6}$/);
        expect(city.areaCode.startsWith(province.code)).toBe(true);
      }
    }
  });

  it("keeps Han the dominant ethnicity", () => {
    const total = ETHNICITIES.reduce((sum, e) => sum + e.weight, 0);
    expect(ETHNICITIES.find((e) => e.name === "汉")!.weight / total).toBeGreaterThan(0.85);
  });

  it("builds addresses and issuing offices the way the card prints them", () => {
    const beijing = PROVINCES.find((p) => p.code === "11")!;
    const zhejiang = PROVINCES.find((p) => p.code === "33")!;
    const chaoyang = beijing.cities.find((c) => c.areaCode === "110105")!;
    const yiwu = zhejiang.cities.find((c) => c.areaCode === "330782")!;
    expect(regionAddress(beijing, chaoyang)).toBe("北京市朝阳区");
    expect(regionAddress(zhejiang, yiwu)).toBe("浙江省金华市义乌市");
    expect(issuingAuthority(chaoyang)).toBe("北京市公安局朝阳分局");
    expect(issuingAuthority(yiwu)).toBe("义乌市公安局");
  });
});

describe("names", () => {
  it("has unique surnames and one-character given-name pools without overlap", () => {
    expect(new Set(SURNAMES.map((s) => s.name)).size).toBe(SURNAMES.length);
    const pools = [GIVEN_NAME_CHARS_MALE, GIVEN_NAME_CHARS_FEMALE, GIVEN_NAME_CHARS_NEUTRAL];
    const all = pools.flat();
    expect(new Set(all).size).toBe(all.length);
    for (const ch of all) expect(Array.from(ch)).toHaveLength(1);
  });

  it("uses 3-digit mobile prefixes", () => {
    for (const prefix of PHONE_PREFIXES) expect(prefix).toMatch(/^1[3-9]\d$/);
  });
});

describe("banks", () => {
  it("has unique 6-digit BINs", () => {
    const bins = CARD_BINS.map((b) => b.bin);
    for (const bin of bins) expect(bin).toMatch(/^\d{6}$/);
    expect(new Set(bins).size).toBe(bins.length);
  });

  it("keeps unknown BINs unknown", () => {
    const known = new Set(CARD_BINS.map((b) => b.bin));
    expect(UNKNOWN_BINS).toHaveLength(5);
    for (const bin of UNKNOWN_BINS) {
      expect(bin).toMatch(/^\d{6}$/);
      expect(known.has(bin)).toBe(false);
    }
  });

  it("is mostly debit", () => {
    const debit = CARD_BINS.filter((b) => b.cardType === "DEBIT").length;
    expect(debit / CARD_BINS.length).toBeGreaterThan(0.5);
  });
});

describe("merchants", () => {
  it("has valid MCCs and ticket ranges", () => {
    for (const m of [...DOMESTIC_MERCHANTS, ...CROSS_BORDER_MERCHANTS]) {
      expect(m.mcc).toMatch(/^\d{4}$/);
      expect(Number.isInteger(m.minFen) && Number.isInteger(m.maxFen)).toBe(true);
      expect(m.minFen).toBeGreaterThan(0);
      expect(m.maxFen).toBeGreaterThan(m.minFen);
      expect(m.weight).toBeGreaterThan(0);
    }
  });

  it("has an FX rate for every cross-border currency", () => {
    for (const m of CROSS_BORDER_MERCHANTS) {
      expect(m.country).toMatch(/^[A-Z]{2}$/);
      const fx = FX_RATES_CNY[m.currency];
      expect(fx, m.currency).toBeDefined();
      expect(fx!.rate).toBeGreaterThan(0);
      expect(fx!.minorDigits).toBe(m.currency === "JPY" || m.currency === "KRW" ? 0 : 2);
    }
  });
});
