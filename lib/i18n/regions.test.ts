import { describe, expect, it } from "vitest";
import { countryLabel, countryName, countryNames, placeName, provinceName } from "./regions";

describe("region names", () => {
  it("names Taiwan, Hong Kong and Macao as the regulators write them, in both languages", () => {
    expect(countryName("TW", "zh-CN")).toBe("中国台湾");
    expect(countryName("HK", "zh-CN")).toBe("中国香港特别行政区");
    expect(countryName("MO", "zh-CN")).toBe("中国澳门特别行政区");
    expect(countryName("TW", "en")).toBe("Taiwan, China");
    expect(countryName("HK", "en")).toBe("Hong Kong SAR, China");
    expect(countryName("mo", "en")).toBe("Macao SAR, China");
    expect(countryLabel("TW", "zh-CN")).toBe("中国台湾 (TW)");
  });

  it("names a place in both languages at once for text stored in both (a fraud rule's explanation)", () => {
    expect(countryNames("HK")).toEqual({ "zh-CN": "中国香港特别行政区", en: "Hong Kong SAR, China" });
    expect(countryNames("TW")).toEqual({ "zh-CN": "中国台湾", en: "Taiwan, China" });
    expect(countryNames("RU")).toEqual({ "zh-CN": "俄罗斯", en: "Russia" });
    expect(countryNames("??")).toEqual({ "zh-CN": "??", en: "??" });
  });

  it("names other countries in the reader's language, and keeps a code nobody knows", () => {
    expect(countryName("JP", "zh-CN")).toBe("日本");
    expect(countryName("JP", "en")).toBe("Japan");
    expect(countryLabel("KR", "en")).toBe("South Korea (KR)");
    expect(countryLabel("ZZZ", "en")).toBe("ZZZ");
  });

  it("gives provinces their English names in English and leaves unknown places as written", () => {
    expect(provinceName("广东省", "en")).toBe("Guangdong");
    expect(provinceName("内蒙古自治区", "en")).toBe("Inner Mongolia");
    expect(provinceName("广东省", "zh-CN")).toBe("广东省");
    expect(provinceName("火星", "en")).toBe("火星");
  });

  it("says where a customer lives in the reader's language, once for a municipality", () => {
    expect(placeName("广东省", "广州市", "en")).toBe("Guangzhou, Guangdong");
    expect(placeName("北京市", "北京市", "en")).toBe("Beijing");
    expect(placeName("广东省", "广州市", "zh-CN")).toBe("广东省 广州市");
    expect(placeName("北京市", "北京市", "zh-CN")).toBe("北京市");
  });
});
