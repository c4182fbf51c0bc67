import { describe, expect, it } from "vitest";
import { en } from "@/lib/i18n/messages/en";
import { zhCN } from "@/lib/i18n/messages/zh-CN";
import { diffParams, fieldLabel, fieldsOfType, formatParamValue } from "@/lib/promotions/diff";
import { emptyPromotionParams, type PromotionParams } from "@/lib/promotions/params";

const ZH = { promotions: zhCN.promotions, transactions: zhCN.transactions };
const EN = { promotions: en.promotions, transactions: en.transactions };

const base: PromotionParams = {
  ...emptyPromotionParams("2026-11-01T00:00:00+08:00", "2026-11-12T00:00:00+08:00"),
  name: "双十一返现",
  channels: ["QR", "NFC"],
  tiers: [2, 3],
  provinces: ["广东省"],
};

describe("diffParams", () => {
  it("finds nothing between equal parameters, lists compared as sets and instants as instants", () => {
    expect(diffParams(base, { ...base })).toEqual([]);
    expect(diffParams(base, { ...base, channels: ["NFC", "QR"], tiers: [3, 2], startsAt: "2026-10-31T16:00:00.000Z" })).toEqual([]);
  });

  it("lists each changed field with both values, in reading order", () => {
    const after: PromotionParams = { ...base, budgetFen: 20_000_000, channels: ["QR"], percentBps: 800, name: "双十一返现（加码）" };
    expect(diffParams(base, after)).toEqual([
      { field: "name", before: "双十一返现", after: "双十一返现（加码）" },
      { field: "percentBps", before: 500, after: 800 },
      { field: "channels", before: ["QR", "NFC"], after: ["QR"] },
      { field: "budgetFen", before: 10_000_000, after: 20_000_000 },
    ]);
  });

  it("shows a type change with the fields that come and go", () => {
    const fixed: PromotionParams = { ...base, type: "CASHBACK_FIXED", percentBps: null, perTransactionCapFen: null, thresholdFen: 10_000, rewardFen: 500 };
    expect(diffParams(base, fixed).map((d) => d.field)).toEqual(["type", "percentBps", "perTransactionCapFen", "thresholdFen", "rewardFen"]);
    expect(diffParams(base, { ...base, maxRewardsPerCustomer: 3 })).toEqual([{ field: "maxRewardsPerCustomer", before: null, after: 3 }]);
  });

  it("lists every field a first version's type uses against nothing", () => {
    const first = diffParams(null, base);
    expect(first.map((d) => d.field)).toEqual(fieldsOfType("CASHBACK_PERCENT"));
    expect(first.map((d) => d.field)).not.toContain("thresholdFen");
    expect(first.every((d) => d.before === null)).toBe(true);
    expect(fieldsOfType("SIGNUP_BONUS")).toEqual(expect.arrayContaining(["bonusTrigger", "rewardFen"]));
  });
});

describe("formatParamValue", () => {
  it("says values in words in both languages", () => {
    expect(formatParamValue("percentBps", 250, "zh-CN", ZH)).toBe("2.5%");
    expect(formatParamValue("budgetFen", 20_000_000, "zh-CN", ZH)).toBe("¥200,000.00");
    expect(formatParamValue("type", "CASHBACK_FIXED", "zh-CN", ZH)).toBe("满额返现");
    expect(formatParamValue("channels", ["QR", "NFC"], "zh-CN", ZH)).toBe("二维码支付、NFC 支付");
    expect(formatParamValue("channels", [], "en", EN)).toBe("All");
    expect(formatParamValue("mccs", ["5411", "0000"], "en", EN)).toBe("Supermarkets (5411), 0000");
    expect(formatParamValue("tiers", [3, 2], "zh-CN", ZH)).toBe("II、III类账户");
    expect(formatParamValue("tiers", [3, 2], "en", EN)).toBe("Class II and III accounts");
    expect(formatParamValue("provinces", ["广东省"], "en", EN)).toBe("Guangdong");
    expect(formatParamValue("maxRewardsPerCustomer", null, "zh-CN", ZH)).toBe("不限");
    expect(formatParamValue("bonusTrigger", null, "zh-CN", ZH)).toBe("—");
    expect(formatParamValue("multiplierX100", 150, "en", EN)).toBe("1.5x");
    expect(formatParamValue("startsAt", "2026-10-31T16:00:00Z", "zh-CN", ZH)).toBe("2026-11-01 00:00");
    expect(formatParamValue("stackable", false, "en", EN)).toBe("No");
    expect(formatParamValue("fraudShareLimitPercent", 10, "zh-CN", ZH)).toBe("10%");
    expect(formatParamValue("newCustomerDays", 30, "zh-CN", ZH)).toBe("注册 30 天内");
    expect(fieldLabel("perCustomerBudgetFen", ZH)).toBe("每位客户预算");
  });

  it("never throws on values a broken draft may hold", () => {
    for (const value of ["x", 1.5, Number.NaN, {}, [null], true]) {
      for (const field of ["budgetFen", "startsAt", "tiers", "percentBps", "type"] as const) {
        expect(() => formatParamValue(field, value, "en", EN)).not.toThrow();
      }
    }
  });
});
