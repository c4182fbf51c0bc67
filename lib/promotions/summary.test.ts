import { describe, expect, it } from "vitest";
import { en } from "@/lib/i18n/messages/en";
import { zhCN } from "@/lib/i18n/messages/zh-CN";
import { emptyPromotionParams, type PromotionParams } from "@/lib/promotions/params";
import { summarizePromotion, type DraftParams } from "@/lib/promotions/summary";

const ZH = { promotions: zhCN.promotions, transactions: zhCN.transactions };
const EN = { promotions: en.promotions, transactions: en.transactions };

/** The example: QR payments, 满 ¥100 返 ¥5, 3 per customer, class II and III, 11-01 to 11-11, ¥200,000. */
const example: PromotionParams = {
  ...emptyPromotionParams("2026-11-01T00:00:00+08:00", "2026-11-12T00:00:00+08:00"),
  name: "双十一扫码返现",
  type: "CASHBACK_FIXED",
  percentBps: null,
  perTransactionCapFen: null,
  thresholdFen: 10_000,
  rewardFen: 500,
  channels: ["QR"],
  tiers: [3, 2],
  maxRewardsPerCustomer: 3,
  budgetFen: 20_000_000,
};

describe("summarizePromotion", () => {
  it("says the issue's example in Chinese", () => {
    expect(summarizePromotion(example, "zh-CN", ZH)).toBe(
      "二维码支付满 ¥100 返 ¥5，每人最多 3 次，II、III类账户，11 月 1 日至 11 日，预算 ¥200,000，优先级 50，不与其他活动叠加，欺诈客户返现占比超过 10% 时自动暂停",
    );
  });

  it("says the same in English", () => {
    expect(summarizePromotion(example, "en", EN)).toBe(
      "¥5 cashback on QR code payments of ¥100 or more, at most 3 per customer, Class II and III accounts, Nov 1 – 11, budget ¥200,000, priority 50, does not stack with other promotions, pauses itself when over 10% of its cost goes to customers with fraud alerts",
    );
  });

  it("names every parameter that is set", () => {
    const p: PromotionParams = {
      ...example,
      type: "CASHBACK_PERCENT",
      percentBps: 250,
      perTransactionCapFen: 2_050,
      thresholdFen: null,
      rewardFen: null,
      channels: ["QR", "NFC", "APP"],
      mccs: ["5411", "5812", "9999"],
      minAmountFen: 5_000,
      tiers: [2],
      provinces: ["广东省", "浙江省"],
      newCustomerDays: 30,
      maxRewardsPerCustomerPerDay: 1,
      perCustomerBudgetFen: 10_000,
      priority: 5,
      stackable: true,
      fraudShareLimitPercent: 15,
    };
    expect(summarizePromotion(p, "zh-CN", ZH)).toBe(
      "二维码支付、NFC 支付或App 支付返现 2.5%，单笔最高 ¥20.50，限超市、餐厅或9999商户，单笔满 ¥50 起，每人最多 3 次，每人每天最多 1 次，每人奖励最多 ¥100，II类账户，限广东省或浙江省客户，限注册 30 天内的新客户，11 月 1 日至 11 日，预算 ¥200,000，优先级 5，可与其他活动叠加，欺诈客户返现占比超过 15% 时自动暂停",
    );
    const english = summarizePromotion(p, "en", EN);
    expect(english).toContain("2.5% cashback on QR code payments, NFC payments or in-app payments, at most ¥20.50 per payment");
    expect(english).toContain("only at Supermarkets, Restaurants or 9999");
    expect(english).toContain("customers in Guangdong or Zhejiang");
    expect(english).toContain("Class II accounts");
    expect(english).toContain("customers registered within 30 days");
    expect(english).toContain("at most 1 per customer a day");
    expect(english).toContain("stacks with other promotions");
  });

  it("describes points and each bonus trigger", () => {
    const points: PromotionParams = { ...example, type: "POINTS_MULTIPLIER", thresholdFen: null, rewardFen: null, multiplierX100: 150, channels: [] };
    expect(summarizePromotion(points, "zh-CN", ZH)).toMatch(/^支付积分 1.5 倍，/);
    expect(summarizePromotion(points, "en", EN)).toMatch(/^1.5x points on payments, /);
    const bonus = (bonusTrigger: PromotionParams["bonusTrigger"]): PromotionParams => ({ ...example, type: "SIGNUP_BONUS", thresholdFen: null, rewardFen: 888, channels: [], bonusTrigger });
    expect(summarizePromotion(bonus("WALLET_ACTIVATION"), "zh-CN", ZH)).toMatch(/^首次开通钱包奖励 ¥8.88，/);
    expect(summarizePromotion(bonus("CARD_LINK"), "zh-CN", ZH)).toMatch(/^首次绑定银行卡奖励 ¥8.88，/);
    expect(summarizePromotion(bonus("FIRST_PAYMENT"), "zh-CN", ZH)).toMatch(/^首笔支付奖励 ¥8.88，/);
    expect(summarizePromotion(bonus("WALLET_ACTIVATION"), "en", EN)).toMatch(/^¥8.88 bonus for opening the wallet, /);
  });

  it("writes the window in Shanghai days, the end as the last day it includes", () => {
    const at = (startsAt: string, endsAt: string) => summarizePromotion({ startsAt, endsAt }, "zh-CN", ZH);
    // Given in UTC, read in Shanghai: 10-31T16:00Z is 11-01 00:00.
    expect(at("2026-10-31T16:00:00Z", "2026-11-11T16:00:00Z")).toBe("11 月 1 日至 11 日");
    expect(at("2026-11-11T00:00:00+08:00", "2026-11-12T00:00:00+08:00")).toBe("11 月 11 日");
    expect(at("2026-11-25T00:00:00+08:00", "2026-12-04T00:00:00+08:00")).toBe("11 月 25 日至 12 月 3 日");
    expect(at("2026-12-20T00:00:00+08:00", "2027-01-06T00:00:00+08:00")).toBe("2026 年 12 月 20 日至 2027 年 1 月 5 日");
    expect(at("2026-11-01T10:00:00+08:00", "2026-11-11T22:00:00+08:00")).toBe("11 月 1 日 10:00至 11 月 11 日 22:00");
    expect(summarizePromotion({ startsAt: "2026-12-20T00:00:00+08:00", endsAt: "2027-01-06T00:00:00+08:00" }, "en", EN)).toBe("Dec 20, 2026 – Jan 5, 2027");
  });

  it("never throws on a half-typed draft and leaves out what is missing", () => {
    const drafts: DraftParams[] = [
      {},
      { type: "CASHBACK_PERCENT" },
      { type: "CASHBACK_FIXED", thresholdFen: 10_000, rewardFen: null, budgetFen: Number.NaN },
      { type: "SIGNUP_BONUS", bonusTrigger: null, startsAt: "2026-11", endsAt: "not a date" },
      { type: "POINTS_MULTIPLIER", multiplierX100: null, tiers: [7 as 1], provinces: ["火星"], mccs: null as unknown as string[] },
      { startsAt: "2026-11-05T00:00:00+08:00", endsAt: "2026-11-01T00:00:00+08:00" },
      { budgetFen: 1e300, perCustomerBudgetFen: -5, priority: Number.POSITIVE_INFINITY },
      { type: "NOT_A_TYPE" as PromotionParams["type"], channels: "QR" as unknown as PromotionParams["channels"] },
    ];
    for (const draft of drafts) {
      expect(() => summarizePromotion(draft, "zh-CN", ZH)).not.toThrow();
      expect(() => summarizePromotion(draft, "en", EN)).not.toThrow();
    }
    expect(summarizePromotion({}, "zh-CN", ZH)).toBe("");
    expect(summarizePromotion({ type: "CASHBACK_PERCENT" }, "zh-CN", ZH)).toBe("支付返现 …");
    expect(summarizePromotion(drafts[2]!, "zh-CN", ZH)).toBe("支付满 ¥100 返 …");
    expect(summarizePromotion({ startsAt: "2026-11-05T00:00:00+08:00" }, "en", EN)).toBe("From Nov 5");
    expect(summarizePromotion(drafts[5]!, "zh-CN", ZH)).toBe("11 月 5 日至 11 月 1 日");
  });
});
